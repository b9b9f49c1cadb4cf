package cn.gov.platform.intake.fees.web;

import cn.gov.platform.intake.cases.application.EnterpriseActing;
import cn.gov.platform.support.acting.EnterpriseMember;
import cn.gov.platform.intake.fees.application.FeeService;
import cn.gov.platform.intake.fees.domain.FeeFigures;
import cn.gov.platform.intake.fees.domain.NoticeSnapshot;
import cn.gov.platform.intake.fees.domain.Yuan;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import cn.gov.platform.support.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fees through one window (issue 19, point 1). A case's payment notice and receipt for its applicant side and
 * the department's staff (404 for anyone else); the provider's signed callbacks (no token: the signature is
 * the credential); the reconciliation an administrator starts; the supervisors' figures. No endpoint takes
 * an amount from a person.
 */
@RestController
class PaymentController {

    private final FeeService fees;
    private final JsonMapper json;
    private final Clock clock;

    PaymentController(FeeService fees, JsonMapper json, Clock clock) {
        this.fees = fees;
        this.json = json;
        this.clock = clock;
    }

    /** A fee of the notice: name and legal basis in Chinese and, beside them, English (never null). */
    record LineView(String code, String name, String nameEn, String amountYuan, String legalBasis,
            String legalBasisEn) {
    }

    record MismatchView(String via, String amountYuan, LocalDate on) {
    }

    record NoticeView(String caseId, String caseNumber, String paymentNumber, String itemCode, String itemName,
            String department, String departmentName, String point, List<LineView> lines, String totalYuan,
            String state, LocalDate issuedOn, LocalDate dueOn, @Nullable String payUrl, @Nullable Instant paidAt,
            @Nullable String paidVia, boolean receipt, List<MismatchView> mismatches, @Nullable LocalDate refundDueOn,
            @Nullable LocalDate refundedOn, HowToPay howToPay) {
    }

    record HowToPay(String zh, String en) {
    }

    static NoticeView view(NoticeSnapshot n) {
        return new NoticeView(n.caseId(), n.caseNumber(), n.paymentNumber(), n.itemCode(), n.itemName(),
                n.department(), n.departmentName(), n.point().name(),
                n.lines().stream().map(NoticeSnapshot.Line::readable).map(l -> new LineView(l.code(), l.name(),
                        String.valueOf(l.nameEn()), Yuan.format(l.amountFen()), l.legalBasis(),
                        String.valueOf(l.legalBasisEn()))).toList(), Yuan.format(n.totalFen()), n.state().name(), n.issuedOn(),
                n.dueOn(), n.state().name().equals("ISSUED") ? n.payUrl() : null, n.paidAt(), n.paidVia(),
                n.wasPaid(), n.mismatches().stream().map(m -> new MismatchView(m.via(), Yuan.format(m.amountFen()),
                        m.on())).toList(), n.refundDueOn(), n.refundedOn(),
                new HowToPay("请于 " + n.dueOn() + " 前凭缴款编号 " + n.paymentNumber()
                        + " 在线缴费（统一收费，银行代收），或到政务服务中心收费窗口缴纳。",
                        "Pay by " + n.dueOn() + " online with payment number " + n.paymentNumber()
                                + " (collected by the bank for the one window), or at the service centre's fee window."));
    }

    @Operation(summary = "The case's payment notice (缴款通知书): lines with amounts and legal basis, how to pay, state")
    @GetMapping("/api/intake/cases/{id}/payment")
    NoticeView payment(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @RequestAttribute(name = EnterpriseActing.ATTRIBUTE, required = false) @Nullable EnterpriseMember acting) {
        return view(fees.view(Caller.from(jwt), acting, id));
    }

    @Operation(summary = "The electronic receipt of the case's paid notice, as a PDF")
    @GetMapping("/api/intake/cases/{id}/payment/receipt")
    ResponseEntity<byte[]> receipt(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @RequestAttribute(name = EnterpriseActing.ATTRIBUTE, required = false) @Nullable EnterpriseMember acting) {
        NoticeSnapshot n = fees.view(Caller.from(jwt), acting, id);
        byte[] pdf = fees.receipt(Caller.from(jwt), acting, id);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PDF);
        headers.setContentDisposition(ContentDisposition.attachment().filename("receipt-" + n.paymentNumber() + ".pdf",
                StandardCharsets.UTF_8).build());
        headers.setCacheControl("private, no-store");
        return ResponseEntity.ok().headers(headers).body(pdf);
    }

    record CallbackBody(@Nullable String callbackId, @Nullable String type, @Nullable String paymentNumber,
            @Nullable String amountYuan, @Nullable String reference) {
    }

    @Operation(summary = "A payment provider's signed callback (HMAC-SHA256 over timestamp, LF, body)")
    @PostMapping(path = "/api/intake/payments/callbacks/{provider}", consumes = MediaType.APPLICATION_JSON_VALUE)
    FeeService.CallbackResult callback(@PathVariable String provider,
            @RequestHeader(name = "X-Payment-Timestamp", required = false) @Nullable String timestamp,
            @RequestHeader(name = "X-Payment-Signature", required = false) @Nullable String signature,
            @RequestBody byte[] body) {
        try {
            return fees.callback(provider, timestamp, signature, body, this::parse);
        } catch (FeeService.CallbackRefused e) {
            throw new PlatformException(HttpStatus.UNAUTHORIZED, e.code(), Message.of(
                    "回调签名无效或已过期，已拒绝。", "The callback's signature is invalid or stale; it was refused."),
                    "X-Payment-Signature");
        }
    }

    private FeeService.Callback parse(byte[] body) {
        try {
            CallbackBody b = json.readValue(body, CallbackBody.class);
            return new FeeService.Callback(b.callbackId(), b.type() == null ? "PAYMENT" : b.type(),
                    b.paymentNumber(), b.amountYuan(), b.reference());
        } catch (JacksonException e) {
            throw DomainViolation.invalid("body", "CALLBACK_MALFORMED", "回调内容不是有效的 JSON。",
                    "The callback body is not valid JSON.");
        }
    }

    record ReconcileBody(@Nullable String date) {
    }

    @Operation(summary = "Administrators: reconcile one day's provider statement now (default yesterday)")
    @PostMapping("/api/intake/payments/reconciliations")
    FeeService.Reconciliation reconcile(@AuthenticationPrincipal Jwt jwt,
            @RequestBody(required = false) @Nullable ReconcileBody body) {
        LocalDate day = ChinaTime.today(clock).minusDays(1);
        if (body != null && body.date() != null) {
            try {
                day = LocalDate.parse(body.date());
            } catch (DateTimeParseException e) {
                throw DomainViolation.invalid("date", "INVALID_DATE", "日期格式应为 YYYY-MM-DD。",
                        "A date is written YYYY-MM-DD.");
            }
        }
        return fees.reconcile(Caller.from(jwt), day);
    }

    record RowView(String division, String department, String departmentName, String month, String chargedYuan,
            String paidYuan, String outstandingYuan, String refundedYuan, long mismatches) {
        static RowView of(FeeFigures.Row r) {
            return new RowView(r.division(), r.department(), r.departmentName(), r.month().toString(),
                    Yuan.format(r.chargedFen()), Yuan.format(r.paidFen()), Yuan.format(r.outstandingFen()),
                    Yuan.format(r.refundedFen()), r.mismatches());
        }
    }

    record FiguresView(String scope, String from, String to, RowView total, List<RowView> rows,
            long unknownPayments) {
    }

    @Operation(summary = "Supervisors: fees charged, paid, outstanding, refunded and mismatches per department and month")
    @GetMapping("/api/intake/payments/figures")
    FiguresView figures(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        YearMonth now = YearMonth.from(ChinaTime.today(clock));
        YearMonth f = month(from, "from", now.minusMonths(11));
        YearMonth t = month(to, "to", now);
        FeeService.Figures figures = fees.figures(Caller.from(jwt), f, t);
        return new FiguresView(figures.scope(), f.toString(), t.toString(), RowView.of(figures.total()),
                figures.rows().stream().map(RowView::of).toList(), figures.unknownPayments().size());
    }

    private static YearMonth month(@Nullable String text, String field, YearMonth otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw DomainViolation.invalid(field, "INVALID_MONTH", "月份格式应为 YYYY-MM。", "A month is written YYYY-MM.");
        }
    }
}
