package cn.gov.platform.credit.publicity.web;

import cn.gov.platform.credit.common.web.Actors;
import cn.gov.platform.credit.common.web.DueDateChangeView;
import cn.gov.platform.credit.publicity.application.PublicityService;
import cn.gov.platform.credit.publicity.domain.Publication;
import cn.gov.platform.credit.subjects.domain.NameMask;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.credit.subjects.domain.SubjectHasher;
import cn.gov.platform.credit.subjects.domain.SubjectKey;
import cn.gov.platform.credit.subjects.domain.SubjectKind;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import cn.gov.platform.kernel.DomainViolation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Double publicity: the public lists, the overdue report (supervisors) and penalty records (departments). */
@RestController
@Validated
class PublicityController {

    private final PublicityService publicity;
    private final SubjectHasher hasher;

    PublicityController(PublicityService publicity, SubjectHasher hasher) {
        this.publicity = publicity;
        this.hasher = hasher;
    }

    /** Only what may be published: never an account id, an identity number or a subject key. */
    record PublicView(String id, String kind, String name, @Nullable String creditCode, @Nullable String itemCode,
            @Nullable String itemName, @Nullable String caseNumber, @Nullable String documentNumber, String decision,
            @Nullable String content, @Nullable String legalBasis, String department, LocalDate decisionDate,
            @Nullable String publishedAt) {
        static PublicView of(Publication p) {
            return new PublicView(p.id(), p.kind().name(), p.publicName() == null ? "" : p.publicName(), p.creditCode(),
                    p.itemCode(), p.itemName(), p.caseNumber(), p.documentNumber(), p.decision(), p.content(),
                    p.legalBasis(), p.department(), p.decisionDate(),
                    p.publishedAt() == null ? null : p.publishedAt().toString());
        }
    }

    @GetMapping("/api/credit/public/publicity")
    List<PublicView> published(
            @RequestParam(defaultValue = "PERMIT") @Pattern(regexp = "PERMIT|PENALTY", message = "kind 只能是 PERMIT 或 PENALTY | kind must be PERMIT or PENALTY") String kind,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "页码不能为负 | page cannot be negative") @Max(value = 10_000, message = "页码过大 | page is too large") int page) {
        return publicity.published(Publication.Kind.valueOf(kind), page).stream().map(PublicView::of).toList();
    }

    /**
     * A publication as staff see it: its due date, whether that rests on a provisional calendar year
     * ({@code provisional}), and every move of it when a year was published ({@code dueByChanges}).
     */
    record ObligationView(String id, String kind, String department, @Nullable String caseNumber,
            @Nullable String documentNumber, LocalDate decisionDate, LocalDate dueBy, boolean provisional,
            List<DueDateChangeView> dueByChanges, String state, @Nullable String publishedAt, int attempts) {
    }

    private ObligationView obligation(Publication p) {
        return new ObligationView(p.id(), p.kind().name(), p.department(), p.caseNumber(), p.documentNumber(),
                p.decisionDate(), p.dueBy(), publicity.isProvisional(p), p.dueByChanges().stream().map(DueDateChangeView::of)
                        .toList(), p.state().name(), p.publishedAt() == null ? null : p.publishedAt().toString(),
                p.attempts());
    }

    /** Supervisors (and admins): publications not made within the working-day limit, or made late. */
    @GetMapping("/api/credit/publicity/overdue")
    List<ObligationView> overdue(@AuthenticationPrincipal Jwt jwt) {
        return publicity.overdue(Actors.of(jwt)).stream().map(this::obligation).toList();
    }

    /**
     * Publications still to be made, soonest due first: every department's for supervisors and
     * admins, its own for a department's staff (anyone else: 404).
     */
    @GetMapping("/api/credit/publicity/pending")
    List<ObligationView> pending(@AuthenticationPrincipal Jwt jwt) {
        return publicity.pendingFor(Actors.of(jwt)).stream().map(this::obligation).toList();
    }

    record PenaltyRequest(@NotNull(message = "请提供主体类型 | subjectKind is required") SubjectKind subjectKind,
            @Nullable String idNumber, @Nullable String creditCode,
            @NotBlank(message = "请提供主体名称 | name is required") @Size(max = 100, message = "名称过长 | name is too long") String name,
            @NotBlank(message = "请提供处罚部门 | department is required") String department,
            @NotBlank(message = "请提供处罚决定书文号 | documentNumber is required") @Size(max = 100, message = "文号过长 | documentNumber is too long") String documentNumber,
            @NotBlank(message = "请提供违法行为 | violation is required") @Size(max = 1000, message = "违法行为描述过长 | violation is too long") String violation,
            @NotBlank(message = "请提供处罚内容 | content is required") @Size(max = 1000, message = "处罚内容过长 | content is too long") String content,
            @NotBlank(message = "请提供法律依据 | legalBasis is required") @Size(max = 500, message = "法律依据过长 | legalBasis is too long") String legalBasis,
            @NotNull(message = "请提供决定日期 | decisionDate is required") LocalDate decisionDate) {
    }

    @PostMapping("/api/credit/penalties")
    @ApiResponse(responseCode = "201", description = "The penalty recorded for publicity")
    @ApiResponse(responseCode = "200", description = "A retry: the publication recorded first")
    ResponseEntity<PublicView> penalty(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody PenaltyRequest body) {
        SubjectKey key;
        String name;
        if (body.subjectKind() == SubjectKind.LEGAL_PERSON) {
            if (body.creditCode() == null) {
                throw DomainViolation.invalid("creditCode", "CREDIT_CODE_REQUIRED", "法人须提供统一社会信用代码。",
                        "A legal person needs a unified social credit code.");
            }
            key = SubjectKey.legalPerson(new UnifiedSocialCreditCode(body.creditCode().trim().toUpperCase(java.util.Locale.ROOT)));
            name = body.name().strip();
        } else {
            if (body.idNumber() == null) {
                throw DomainViolation.invalid("idNumber", "ID_NUMBER_REQUIRED", "自然人须提供身份证号码。",
                        "A natural person needs an identity number.");
            }
            key = hasher.keyOf(ResidentIdNumber.parse(body.idNumber()));
            name = NameMask.person(body.name());
        }
        PublicityService.Recorded recorded = publicity.recordPenalty(Actors.of(jwt), new PublicityService.PenaltyInput(
                key, name, body.department(), body.documentNumber(), body.violation(), body.content(), body.legalBasis(),
                body.decisionDate()));
        return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(PublicView.of(recorded.publication()));
    }
}
