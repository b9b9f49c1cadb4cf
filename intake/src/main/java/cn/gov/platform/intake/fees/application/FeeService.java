package cn.gov.platform.intake.fees.application;

import cn.gov.platform.intake.cases.application.EnterpriseActing;
import cn.gov.platform.support.acting.EnterpriseMember;
import cn.gov.platform.intake.cases.application.CaseAccess;
import cn.gov.platform.intake.cases.application.CaseFees;
import cn.gov.platform.intake.cases.application.CaseStore;
import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.CaseId;
import cn.gov.platform.intake.cases.domain.CaseSnapshot;
import cn.gov.platform.intake.cases.domain.CaseState;
import cn.gov.platform.intake.catalogue.application.CatalogueService;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.intake.fees.domain.CallbackSignature;
import cn.gov.platform.intake.fees.domain.FeeFigures;
import cn.gov.platform.intake.fees.domain.FeePoint;
import cn.gov.platform.intake.fees.domain.NoticeSnapshot;
import cn.gov.platform.intake.fees.domain.PaymentNotice;
import cn.gov.platform.intake.fees.domain.PaymentNumber;
import cn.gov.platform.intake.fees.domain.PaymentState;
import cn.gov.platform.intake.fees.domain.Yuan;
import cn.gov.platform.intake.supervision.application.Supervisors;
import cn.gov.platform.intake.supervision.domain.DivisionScope;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import org.springframework.http.HttpStatus;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import cn.gov.platform.support.web.Caller;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fees through one window (SUP-3). A case that reaches its item's fee point gets one payment notice with the
 * catalogue's fees (no request carries an amount); the payer pays on the provider's page; a payment counts
 * only on a valid signed callback or on the provider's daily statement; the result is not delivered while
 * the fee is unpaid; a refused or withdrawn case that was paid gets a refund record. The applicant side and
 * the department's staff see the notice and download the receipt; everyone else gets 404.
 */
public class FeeService implements CaseFees {

    private static final Logger log = LoggerFactory.getLogger(FeeService.class);
    private static final Set<CaseState> PAST_ACCEPTANCE = EnumSet.of(CaseState.ACCEPTED,
            CaseState.ACCEPTED_WITH_TOLERANCE, CaseState.UNDER_REVIEW, CaseState.APPROVED, CaseState.CLOSED);
    private static final Set<CaseState> PAST_DECISION = EnumSet.of(CaseState.APPROVED, CaseState.CLOSED);
    private static final Set<CaseState> ENDED = EnumSet.of(CaseState.REJECTED, CaseState.WITHDRAWN,
            CaseState.NOT_ACCEPTED);
    private static final int NUMBER_RETRIES = 3;

    private final PaymentNotices notices;
    private final PaymentNumbers numbers;
    private final PaymentProvider provider;
    private final @Nullable CallbackSignature signature;
    private final SeenCallbacks seen;
    private final UnknownPayments unknown;
    private final ReconciliationLock lock;
    private final ReceiptPrinter printer;
    private final CaseStore cases;
    private final CaseAccess access;
    private final CatalogueService catalogue;
    private final Supervisors people;
    private final WorkingDayCalendar calendar;
    private final int dueWorkingDays;
    private final Clock clock;
    private final MeterRegistry meters;

    public FeeService(PaymentNotices notices, PaymentNumbers numbers, PaymentProvider provider,
            @Nullable CallbackSignature signature, SeenCallbacks seen, UnknownPayments unknown, ReconciliationLock lock,
            ReceiptPrinter printer, CaseStore cases, CaseAccess access, CatalogueService catalogue, Supervisors people,
            WorkingDayCalendar calendar, int dueWorkingDays, Clock clock, MeterRegistry meters) {
        this.notices = notices;
        this.numbers = numbers;
        this.provider = provider;
        this.signature = signature;
        this.seen = seen;
        this.unknown = unknown;
        this.lock = lock;
        this.printer = printer;
        this.cases = cases;
        this.access = access;
        this.catalogue = catalogue;
        this.people = people;
        this.calendar = calendar;
        this.dueWorkingDays = dueWorkingDays;
        this.clock = clock;
        this.meters = meters;
    }

    // --- the fee point (hooked into the cases) -------------------------------------------------------

    @Override
    public void beforeDelivery(CaseSnapshot c) {
        ensure(c).ifPresent(n -> PaymentNotice.restore(n).requirePaid());
    }

    @Override
    public void changed(CaseSnapshot c) {
        try {
            if (ENDED.contains(c.state())) {
                notices.ofCase(c.id()).ifPresent(n -> change(n.id(), x -> true,
                        x -> x.caseEnded(clock.instant(), ChinaTime.today(clock))));
            } else {
                ensure(c);
            }
        } catch (RuntimeException e) {
            // The case is stored; its notice is issued when next asked for (the payment view, delivery).
            log.warn("Fee point of case {} not handled now: {}", c.id(), e.toString());
        }
    }

    /** The case's notice, issued now if the case is past its item's fee point and has none yet. */
    Optional<NoticeSnapshot> ensure(CaseSnapshot c) {
        Optional<NoticeSnapshot> existing = notices.ofCase(c.id());
        if (existing.isPresent()) {
            return existing.map(this::withCollection);
        }
        ServiceItem item = catalogue.version(c.item().code(), c.item().version());
        Optional<FeePoint> point = FeePoint.of(item);
        if (point.isEmpty() || !(point.get() == FeePoint.ACCEPTANCE ? PAST_ACCEPTANCE : PAST_DECISION)
                .contains(c.state()) || c.lifecycle().number() == null) {
            return Optional.empty();
        }
        return Optional.of(withCollection(issue(c, item, point.get())));
    }

    private NoticeSnapshot issue(CaseSnapshot c, ServiceItem item, FeePoint point) {
        Instant at = clock.instant();
        LocalDate today = ChinaTime.dateOf(at);
        String county = c.handling().division().substring(0, 6);
        var ref = new PaymentNotice.CaseRef(c.id(), c.lifecycle().number(), item.code().value(), item.name(),
                c.filing().applicantSubject(), c.filing().agentSubject(), c.handling().division(),
                c.handling().department(), c.handling().departmentName());
        for (int attempt = 1; ; attempt++) {
            PaymentNumber number = PaymentNumber.of(county, today.getYear(), numbers.next(county, today.getYear()));
            // The catalogue's fees of the version the case was filed under: the only amounts there are.
            PaymentNotice notice = PaymentNotice.issue(ref, number, point, catalogue.fees().resolve(
                    item.fees().stream().map(f -> f.code()).toList()), calendar.plusWorkingDays(today, dueWorkingDays),
                    at, today);
            try {
                if (notices.insert(notice)) {
                    meters.counter("intake.fees.notices", "point", point.name()).increment();
                    return notice.snapshot().withVersion(1);
                }
                return notices.ofCase(c.id()).orElseThrow();
            } catch (PaymentNotices.NumberTaken e) {
                if (attempt >= NUMBER_RETRIES) {
                    throw e;
                }
                numbers.atLeast(county, today.getYear(), notices.highestSerial(county, today.getYear()));
            }
        }
    }

    /** Opens the collection at the provider for an unpaid notice that has no page yet (retried when read). */
    private NoticeSnapshot withCollection(NoticeSnapshot n) {
        if (n.payUrl() != null || n.state() != PaymentState.ISSUED) {
            return n;
        }
        Optional<String> page = provider.open(n);
        if (page.isEmpty()) {
            return n;
        }
        try {
            return change(n.id(), x -> true, x -> x.collectionOpened(page.get()));
        } catch (DomainViolation e) {
            return notices.ofCase(n.id()).orElse(n);
        }
    }

    // --- the payer and the department ----------------------------------------------------------------

    /**
     * The case's payment notice: for its applicant side (and, issue 18, the members acting for the
     * enterprise it belongs to) and the department's staff; 404 for anyone else.
     */
    public NoticeSnapshot view(Caller caller, @Nullable EnterpriseMember acting, String caseId) {
        Case c = cases.find(new CaseId(caseId)).orElseThrow(FeeService::noNotice);
        try {
            access.requireView(caller, acting, c);
        } catch (DomainViolation e) {
            // Another person's case answers exactly as a case that never existed.
            throw e.kind() == DomainViolation.Kind.NOT_FOUND ? noNotice() : e;
        }
        return ensure(c.snapshot()).orElseThrow(FeeService::noNotice);
    }

    /** The electronic receipt of a paid notice. */
    public byte[] receipt(Caller caller, @Nullable EnterpriseMember acting, String caseId) {
        NoticeSnapshot n = view(caller, acting, caseId);
        if (!n.wasPaid()) {
            throw DomainViolation.conflict("FEE_NOT_PAID", "尚未缴费，暂无电子缴款凭证。",
                    "Nothing has been paid yet, so there is no receipt.");
        }
        return printer.print(n);
    }

    // --- the provider --------------------------------------------------------------------------------

    /** A callback as the provider sent it. {@code type}: PAYMENT or REFUND. */
    public record Callback(String callbackId, String type, String paymentNumber, String amountYuan,
            @Nullable String reference) {
    }

    public record CallbackResult(String paymentNumber, String outcome, PaymentState state) {
    }

    /**
     * A provider's signed callback. Refused without any change and logged: an unknown provider (404), a
     * missing, forged or altered signature or a stale timestamp (401 via {@link CallbackRefused}), a
     * malformed body (400), a callback id seen before (409). An unknown payment number is 404; an amount other
     * than the notice's is recorded as a mismatch.
     */
    public CallbackResult callback(String providerName, @Nullable String timestamp, @Nullable String signed,
            byte[] body, Function<byte[], Callback> parse) {
        if (!provider.name().equals(providerName)) {
            throw DomainViolation.notFound("PAYMENT_PROVIDER_NOT_FOUND", "没有该缴费渠道。", "There is no such payment provider.");
        }
        if (signature == null) {
            log.warn("Payment callback from {} refused: no secret configured", providerName);
            meters.counter("intake.fees.callbacks", "outcome", "NO_SECRET").increment();
            throw new CallbackRefused("CALLBACK_NOT_CONFIGURED");
        }
        CallbackSignature.Check check = signature.check(timestamp, signed, body, clock.instant());
        if (check != CallbackSignature.Check.VALID) {
            log.warn("Payment callback from {} refused: {}", providerName, check);
            meters.counter("intake.fees.callbacks", "outcome", check.name()).increment();
            throw new CallbackRefused(check == CallbackSignature.Check.STALE ? "CALLBACK_STALE"
                    : "CALLBACK_SIGNATURE_INVALID");
        }
        Callback cb = parse.apply(body);
        if (cb.callbackId() == null || cb.callbackId().isBlank() || cb.paymentNumber() == null
                || cb.amountYuan() == null) {
            throw DomainViolation.invalid("callbackId", "CALLBACK_MALFORMED", "回调内容不完整。",
                    "The callback lacks its id, payment number or amount.");
        }
        long amount = Yuan.parse(cb.amountYuan(), "amountYuan");
        NoticeSnapshot n = notices.byNumber(cb.paymentNumber()).orElseThrow(() -> {
            log.warn("Payment callback from {} for an unknown payment number", providerName);
            meters.counter("intake.fees.callbacks", "outcome", "UNKNOWN_NUMBER").increment();
            return DomainViolation.notFound("PAYMENT_NOT_FOUND", "没有该缴款编号的缴款通知书。",
                    "There is no payment notice with this payment number.");
        });
        if (!seen.firstTime(providerName, cb.callbackId(), clock.instant())) {
            log.warn("Payment callback from {} refused: replayed callback id", providerName);
            meters.counter("intake.fees.callbacks", "outcome", "REPLAYED").increment();
            throw DomainViolation.conflict("CALLBACK_REPLAYED", "该回调已处理过，不再重复处理。",
                    "This callback was handled already; a replay changes nothing.");
        }
        Instant at = clock.instant();
        LocalDate today = ChinaTime.dateOf(at);
        String[] outcome = new String[1];
        NoticeSnapshot after;
        if ("REFUND".equals(cb.type())) {
            after = change(n.id(), x -> true, x -> outcome[0] = x.refunded(cb.reference(), at, today) ? "REFUNDED"
                    : "ALREADY_REFUNDED");
        } else {
            after = change(n.id(), x -> true, x -> outcome[0] = x.paid(new PaymentNotice.Payment(amount,
                    PaymentNotice.CALLBACK, cb.reference(), at, today)).name());
        }
        meters.counter("intake.fees.callbacks", "outcome", outcome[0]).increment();
        return new CallbackResult(after.paymentNumber(), outcome[0], after.state());
    }

    /** A callback refused for its signature or age: 401, nothing changed. */
    public static final class CallbackRefused extends RuntimeException {
        private final String code;

        public CallbackRefused(String code) {
            super(code, null, false, false);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** What reconciling one day's statement found. */
    public record Reconciliation(LocalDate day, boolean ran, int lines, int markedPaid, int alreadyPaid,
            int mismatches, int unknown, int refunded) {
    }

    /** Administrators run the reconciliation of a day by hand (the schedule runs it daily). */
    public Reconciliation reconcile(Caller caller, LocalDate day) {
        if (!caller.hasRole("admin")) {
            throw new PlatformException(HttpStatus.FORBIDDEN, "ADMIN_ROLE_REQUIRED", Message.of(
                    "只有管理员可以发起对账。", "Only administrators start a reconciliation."));
        }
        return reconcile(day);
    }

    /**
     * Marks paid what the day's statement shows paid (a dropped callback), flags an amount that differs and a
     * payment for a number nobody issued, confirms refunds; idempotent, one instance at a time.
     */
    public Reconciliation reconcile(LocalDate day) {
        return lock.holding(() -> {
            List<PaymentProvider.StatementLine> lines = provider.statement(day).orElseThrow(() ->
                    DomainViolation.conflict("PAYMENT_PROVIDER_UNAVAILABLE", "缴费渠道暂时无法提供对账单，请稍后重试。",
                            "The payment provider's statement is unavailable; try again later."));
            int paid = 0;
            int already = 0;
            int mismatches = 0;
            int unknownFound = 0;
            int refunded = 0;
            for (PaymentProvider.StatementLine line : lines) {
                long amount;
                try {
                    amount = Yuan.parse(line.amountYuan(), "amountYuan");
                } catch (DomainViolation e) {
                    log.warn("Statement of {} has a malformed amount for one line", day);
                    continue;
                }
                Optional<NoticeSnapshot> found = notices.byNumber(line.paymentNumber());
                if (found.isEmpty()) {
                    unknown.record(new UnknownPayments.Unknown(line.paymentNumber(), amount, line.reference(), day,
                            clock.instant()));
                    unknownFound++;
                    continue;
                }
                Instant at = line.at() == null ? clock.instant() : line.at();
                LocalDate on = ChinaTime.dateOf(at);
                if ("REFUND".equals(line.kind())) {
                    if (found.get().state() == PaymentState.REFUND_DUE) {
                        change(found.get().id(), x -> true, x -> x.refunded(line.reference(), at, on));
                        refunded++;
                    }
                    continue;
                }
                String[] outcome = new String[1];
                change(found.get().id(), x -> true, x -> outcome[0] = x.paid(new PaymentNotice.Payment(amount,
                        PaymentNotice.STATEMENT, line.reference(), at, on)).name());
                switch (PaymentNotice.Outcome.valueOf(outcome[0])) {
                    case PAID -> paid++;
                    case ALREADY_PAID -> already++;
                    case MISMATCH -> mismatches++;
                }
            }
            meters.counter("intake.fees.reconciliations").increment();
            return new Reconciliation(day, true, lines.size(), paid, already, mismatches, unknownFound, refunded);
        }, () -> new Reconciliation(day, false, 0, 0, 0, 0, 0, 0));
    }

    // --- supervision ---------------------------------------------------------------------------------

    public record Figures(String scope, YearMonth from, YearMonth to, FeeFigures.Row total, List<FeeFigures.Row> rows,
            List<UnknownPayments.Unknown> unknownPayments) {
    }

    /** Supervisors: charged, paid, outstanding, refunded and mismatches per department and month in their scope. */
    public Figures figures(Caller caller, YearMonth from, YearMonth to) {
        DivisionScope scope = people.scopeOf(caller);
        if (to.isBefore(from) || from.plusMonths(24).isBefore(to)) {
            throw DomainViolation.invalid("to", "INVALID_SPAN", "统计区间须为 1 至 24 个月。",
                    "The span is 1 to 24 months.");
        }
        FeeFigures figures = new FeeFigures(from, to);
        notices.within(scope.prefix(), from.atDay(1), to.atEndOfMonth()).forEach(figures::add);
        String name = scope.division().value();
        return new Figures(name, from, to, figures.total(name), figures.rows(),
                unknown.between(from.atDay(1), to.atEndOfMonth()));
    }

    private NoticeSnapshot change(String id, Predicate<NoticeSnapshot> may,
            java.util.function.Consumer<PaymentNotice> mutation) {
        for (int attempt = 0; attempt < 3; attempt++) {
            NoticeSnapshot s = notices.ofCase(id).orElseThrow(FeeService::noNotice);
            if (!may.test(s)) {
                throw noNotice();
            }
            PaymentNotice n = PaymentNotice.restore(s);
            mutation.accept(n);
            if (notices.save(n)) {
                return notices.ofCase(id).orElseThrow();
            }
        }
        throw DomainViolation.conflict("CONCURRENT_CHANGE", "缴款通知书刚被更新，请重试。",
                "The payment notice was changed meanwhile; try again.");
    }

    public static DomainViolation noNotice() {
        return DomainViolation.notFound("PAYMENT_NOTICE_NOT_FOUND", "该办件没有缴款通知书（不收费或尚未到缴费环节）。",
                "This case has no payment notice (its item is free, or its fee is not due yet).");
    }
}
