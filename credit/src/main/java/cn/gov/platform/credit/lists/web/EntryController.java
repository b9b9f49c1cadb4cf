package cn.gov.platform.credit.lists.web;

import cn.gov.platform.credit.common.web.Actors;
import cn.gov.platform.credit.lists.application.EntryService;
import cn.gov.platform.credit.lists.domain.EntryData;
import cn.gov.platform.credit.lists.domain.ListEntry;
import cn.gov.platform.credit.lists.domain.StatusChange;
import cn.gov.platform.credit.measures.domain.ListColour;
import cn.gov.platform.credit.subjects.application.CreditSubjects;
import cn.gov.platform.credit.subjects.web.OwnSubjects;
import cn.gov.platform.support.acting.ActingFor;
import cn.gov.platform.credit.subjects.domain.NameMask;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.credit.subjects.domain.SubjectHasher;
import cn.gov.platform.credit.subjects.domain.SubjectKey;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import cn.gov.platform.kernel.DomainViolation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Entries: the issuing department lists and withdraws (roles reviewer/approver of that department,
 * or admin); the subject sees its own entries in force; anyone sees an enterprise's entries in
 * force by credit code. Persons are never findable by the public.
 */
@RestController
class EntryController {

    private final Actors actors;
    private final EntryService entries;
    private final CreditSubjects subjects;
    private final SubjectHasher hasher;
    private final Clock clock;

    private final OwnSubjects own;

    EntryController(EntryService entries, CreditSubjects subjects, SubjectHasher hasher, Clock clock, Actors actors,
            OwnSubjects own) {
        this.own = own;
        this.entries = entries;
        this.subjects = subjects;
        this.hasher = hasher;
        this.clock = clock;
        this.actors = actors;
    }

    record SubjectInput(@NotNull(message = "请提供主体类型 | kind is required") cn.gov.platform.credit.subjects.domain.SubjectKind kind,
            @Nullable String idNumber, @Nullable String creditCode,
            @NotBlank(message = "请提供主体名称 | name is required") @Size(max = 100, message = "名称过长 | name is too long") String name) {
    }

    record NewEntry(@NotNull(message = "请提供主体 | subject is required") @Valid SubjectInput subject,
            @NotNull(message = "请选择 RED 或 BLACK | list must be RED or BLACK") ListColour list,
            @NotBlank(message = "请提供名单类型 | listType is required") String listType,
            @NotBlank(message = "请提供列入部门 | issuingDepartment is required") String issuingDepartment,
            @NotBlank(message = "请提供法律依据 | legalBasis is required") String legalBasis,
            @NotBlank(message = "请提供列入事由 | reason is required") String reason,
            @NotBlank(message = "请提供决定文书号 | documentNumber is required") String documentNumber,
            @NotNull(message = "请提供列入日期 | start is required") LocalDate start, @Nullable LocalDate end) {
    }

    /** What staff see of an entry: never the identity number (it is not held), the masked name, the history. */
    record EntryView(String entryId, String subjectReference, String subjectKind, String name, String list,
            String listType, String issuingDepartment, String legalBasis, String reason, String documentNumber,
            LocalDate start, @Nullable LocalDate end, String status, List<StatusChange> history) {
        static EntryView of(ListEntry e, LocalDate today) {
            SubjectKey key = e.key();
            return new EntryView(e.id(), key.reference(), key.kind().name(), e.publicName(), e.list().name(),
                    e.listType(), e.issuingDepartment(), e.legalBasis(), e.reason(), e.documentNumber(), e.start(),
                    e.end(), e.statusOn(today).name(), e.history());
        }
    }

    @PostMapping("/api/credit/entries")
    @ApiResponse(responseCode = "201", description = "The entry listed")
    @ApiResponse(responseCode = "200", description = "A retry: the entry listed first")
    ResponseEntity<EntryView> list(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody NewEntry body) {
        SubjectKey key = keyOf(body.subject());
        String publicName = body.subject().kind() == cn.gov.platform.credit.subjects.domain.SubjectKind.NATURAL_PERSON
                ? NameMask.person(body.subject().name()) : body.subject().name().strip();
        EntryService.Listed listed = entries.list(actors.of(jwt), new EntryData(key, publicName, body.list(),
                body.listType(), body.issuingDepartment(), body.legalBasis(), body.reason(), body.documentNumber(),
                body.start(), body.end()));
        return ResponseEntity.status(listed.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(EntryView.of(listed.entry(), today()));
    }

    private SubjectKey keyOf(SubjectInput s) {
        return switch (s.kind()) {
            case NATURAL_PERSON -> {
                if (s.idNumber() == null) {
                    throw DomainViolation.invalid("subject.idNumber", "ID_NUMBER_REQUIRED", "自然人须提供身份证号码。",
                            "A natural person needs an identity number.");
                }
                yield hasher.keyOf(ResidentIdNumber.parse(s.idNumber()));
            }
            case LEGAL_PERSON -> {
                if (s.creditCode() == null) {
                    throw DomainViolation.invalid("subject.creditCode", "CREDIT_CODE_REQUIRED", "法人须提供统一社会信用代码。",
                            "A legal person needs a unified social credit code.");
                }
                yield SubjectKey.legalPerson(new UnifiedSocialCreditCode(s.creditCode().trim().toUpperCase(java.util.Locale.ROOT)));
            }
        };
    }

    @GetMapping("/api/credit/entries/{entryId}")
    EntryView entry(@AuthenticationPrincipal Jwt jwt, @PathVariable String entryId) {
        return EntryView.of(entries.visibleToDepartment(actors.of(jwt), entryId), today());
    }

    record Withdrawal(@NotBlank(message = "请说明撤销理由 | reason is required") @Size(max = 1000, message = "理由过长 | reason is too long") String reason) {
    }

    @PostMapping("/api/credit/entries/{entryId}/withdrawal")
    EntryView withdraw(@AuthenticationPrincipal Jwt jwt, @PathVariable String entryId, @Valid @RequestBody Withdrawal body) {
        return EntryView.of(entries.withdraw(actors.of(jwt), entryId, body.reason()), today());
    }

    /**
     * The caller's own entries in force (a citizen, or an enterprise's legal representative), or with
     * {@code X-Acting-For} the enterprise's, for any of its members.
     */
    @GetMapping("/api/credit/me/entries")
    List<EntryView> mine(@AuthenticationPrincipal Jwt jwt,
            @RequestHeader(name = ActingFor.HEADER, required = false) @Nullable String actingFor) {
        return own.reading(jwt, actingFor).map(s -> entries.entriesInForceOf(s.key())).orElse(List.of())
                .stream().map(e -> EntryView.of(e, today())).toList();
    }

    record PublicEntry(String entryId, String name, String creditCode, String list, String listType,
            String issuingDepartment, String legalBasis, LocalDate start, @Nullable LocalDate end) {
    }

    @GetMapping("/api/credit/public/enterprises/{creditCode}/entries")
    List<PublicEntry> publicEntries(@PathVariable String creditCode) {
        return entries.publicEntriesOf(new UnifiedSocialCreditCode(creditCode.toUpperCase(java.util.Locale.ROOT))).stream()
                .map(e -> new PublicEntry(e.id(), e.publicName(), e.key().creditCode(), e.list().name(), e.listType(),
                        e.issuingDepartment(), e.legalBasis(), e.start(), e.end()))
                .toList();
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
