package cn.gov.platform.credit.petitions.web;

import cn.gov.platform.credit.common.web.Actors;
import cn.gov.platform.credit.common.web.DueDateChangeView;
import cn.gov.platform.credit.petitions.application.PetitionService;
import cn.gov.platform.credit.petitions.domain.Petition;
import cn.gov.platform.credit.petitions.domain.PetitionKind;
import cn.gov.platform.credit.lists.application.EntryService;
import cn.gov.platform.credit.subjects.domain.CreditSubject;
import cn.gov.platform.credit.subjects.domain.SubjectKey;
import cn.gov.platform.credit.subjects.web.OwnSubjects;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.support.acting.ActingFor;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

/** Objections and repairs: the subject files (with an Idempotency-Key), the issuing department decides. */
@RestController
class PetitionController {

    private final Actors actors;
    private final PetitionService petitions;
    private final OwnSubjects own;

    PetitionController(PetitionService petitions, Actors actors, OwnSubjects own) {
        this.petitions = petitions;
        this.own = own;
        this.actors = actors;
    }

    record Filing(@NotNull(message = "请选择 OBJECTION 或 REPAIR | kind must be OBJECTION or REPAIR") PetitionKind kind,
            @NotBlank(message = "请提供名单记录编号 | entryId is required") String entryId,
            @NotBlank(message = "请陈述理由 | statement is required") @Size(max = 4000, message = "理由不超过 4000 字 | statement is at most 4000 characters") String statement,
            @Nullable @Size(max = 20, message = "证明材料最多 20 项 | at most 20 evidence items") List<@Size(max = 500, message = "材料说明过长 | evidence item too long") String> evidence) {
    }

    record Decision(@NotNull(message = "请给出是否支持 | upheld is required") Boolean upheld,
            @NotBlank(message = "请写明决定理由 | reasons are required") @Size(max = 2000, message = "理由过长 | reasons too long") String reasons) {
    }

    /**
     * A petition as its filer and the department see it. {@code provisional}: the answer date rests on
     * a calendar year not yet published (it may still move later, never earlier); {@code dueByChanges}:
     * every move of the date when a year was published.
     */
    record PetitionView(String petitionId, String kind, String entryId, String issuingDepartment, String statement,
            List<String> evidence, String filedAt, LocalDate dueBy, boolean provisional, List<DueDateChangeView> dueByChanges,
            boolean overdue, String state, @Nullable String decisionReasons, @Nullable String decidedAt) {
    }

    private PetitionView view(Petition p) {
        return new PetitionView(p.id(), p.kind().name(), p.entryId(), p.issuingDepartment(), p.statement(),
                p.evidence(), p.filedAt().toString(), p.dueBy(), petitions.isProvisional(p),
                p.dueByChanges().stream().map(DueDateChangeView::of).toList(), p.overdueOn(petitions.today()), p.state().name(),
                p.decisionReasons(), p.decidedAt() == null ? null : p.decidedAt().toString());
    }

    @PostMapping("/api/credit/petitions")
    @ApiResponse(responseCode = "201", description = "The petition filed")
    @ApiResponse(responseCode = "200", description = "A retry: the petition filed first")
    ResponseEntity<PetitionView> file(@AuthenticationPrincipal Jwt jwt,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
            @RequestHeader(name = ActingFor.HEADER, required = false) @Nullable String actingFor,
            @Valid @RequestBody Filing body) {
        if (key == null || key.isBlank() || key.length() > 100) {
            throw DomainViolation.invalid("Idempotency-Key", "IDEMPOTENCY_KEY_REQUIRED",
                    "请在请求头 Idempotency-Key 中提供本次提交的唯一标识。",
                    "Send a unique Idempotency-Key header with the filing.");
        }
        SubjectKey subject = own.acting(jwt, actingFor).map(CreditSubject::key).orElseThrow(EntryService::notFound);
        PetitionService.Filed filed = petitions.file(jwt.getSubject(), subject, key, body.kind(), body.entryId(),
                body.statement(), body.evidence() == null ? List.of() : body.evidence());
        return ResponseEntity.status(filed.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(view(filed.petition()));
    }

    @PostMapping("/api/credit/petitions/{id}/decision")
    PetitionView decide(@AuthenticationPrincipal Jwt jwt, @PathVariable String id, @Valid @RequestBody Decision body) {
        return view(petitions.decide(actors.of(jwt), id, body.upheld(), body.reasons()));
    }

    @GetMapping("/api/credit/petitions/{id}")
    PetitionView one(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return view(petitions.visibleTo(actors.of(jwt), id));
    }

    /** Staff: their department's petitions, soonest due first, with the overdue ones flagged. */
    @GetMapping("/api/credit/petitions")
    List<PetitionView> department(@AuthenticationPrincipal Jwt jwt) {
        return petitions.forDepartment(actors.of(jwt)).stream().map(this::view).toList();
    }

    /** The caller's own petitions, or with {@code X-Acting-For} those about the enterprise's entries in force. */
    @GetMapping("/api/credit/me/petitions")
    List<PetitionView> mine(@AuthenticationPrincipal Jwt jwt,
            @RequestHeader(name = ActingFor.HEADER, required = false) @Nullable String actingFor) {
        List<Petition> found = ActingFor.parse(actingFor).isEmpty() ? petitions.mine(jwt.getSubject())
                : own.reading(jwt, actingFor).map(s -> petitions.about(s.key())).orElse(List.of());
        return found.stream().map(this::view).toList();
    }
}
