package cn.gov.platform.intake.petitions.web;

import cn.gov.platform.intake.petitions.application.PetitionService;
import cn.gov.platform.intake.petitions.domain.PetitionSnapshot;
import cn.gov.platform.intake.petitions.domain.PetitionState;
import cn.gov.platform.intake.supervision.domain.Light;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import cn.gov.platform.support.web.Caller;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
 * Petitions (信访, issue 19). Filing and recording need an Idempotency-Key: 201 new, 200 for a retry.
 * The petitioner, the department's staff and supervisors of its division see a petition; anyone else
 * gets 404.
 */
@RestController
class PetitionController {

    private final PetitionService petitions;
    private final WorkingDayCalendar calendar;

    PetitionController(PetitionService petitions, WorkingDayCalendar calendar) {
        this.petitions = petitions;
        this.calendar = calendar;
    }

    record FileBody(@Size(max = 64, message = "部门代码过长 | Department code too long") @Nullable String department,
            @Pattern(regexp = "\\d{12}", message = "行政区划代码须为 12 位数字 | A division code has 12 digits") @Nullable String division,
            @NotBlank(message = "请填写信访事项内容 | Describe the petition")
            @Size(max = 4000, message = "不超过 4000 字 | At most 4000 characters") String text) {
    }

    /** The person who wrote or came in, as the member of staff checked their identity card. */
    record PersonBody(@Nullable String name, @Nullable String idNumber, @Nullable String phone) {
        @Override
        public String toString() {
            return "PersonBody[***]";
        }
    }

    record RecordBody(@NotNull(message = "请填写信访人信息 | Give the petitioner's details") @Valid PersonBody person,
            @NotBlank(message = "请填写信访事项内容 | Describe the petition")
            @Size(max = 4000, message = "不超过 4000 字 | At most 4000 characters") String text) {
    }

    record DecisionBody(@NotNull(message = "请选择受理或不予受理 | Accept or not") Boolean accept,
            @NotBlank(message = "请填写告知内容 | Write the notice")
            @Size(max = 2000, message = "不超过 2000 字 | At most 2000 characters") String note) {
    }

    record ExtendBody(@NotBlank(message = "须说明延期理由 | Give the reason for the extension")
            @Size(max = 2000, message = "不超过 2000 字 | At most 2000 characters") String reason) {
    }

    record AnswerBody(@NotBlank(message = "请填写答复意见 | Write the answer")
            @Size(max = 4000, message = "不超过 4000 字 | At most 4000 characters") String answer) {
    }

    /**
     * A petition without the petitioner's subject. {@code channel}: ONLINE or RECORDED (from a letter or a
     * visit); {@code notice}: the written notice of acceptance or not, with its number; {@code light}: while
     * someone must act, against the acceptance limit or the answer's due date.
     */
    record PetitionView(String id, String channel, String division, String department, String departmentName,
            String text, PetitionState state, Instant receivedAt, LocalDate acceptanceDue,
            @Nullable Notice notice, @Nullable LocalDate dueOn, boolean provisional, @Nullable Light light,
            @Nullable String extensionReason, @Nullable String answer, @Nullable String answeredBy,
            @Nullable Instant answeredAt, @Nullable Boolean answeredOnTime) {
    }

    record Notice(String number, boolean accepted, String text, String by, LocalDate on, boolean onTime) {
    }

    record PetitionList(List<PetitionView> items, int count) {
    }

    @PostMapping("/api/intake/petitions")
    @ApiResponse(responseCode = "201", description = "The petition received")
    @ApiResponse(responseCode = "200", description = "A retry with the same Idempotency-Key: the petition it filed")
    ResponseEntity<PetitionView> file(@AuthenticationPrincipal Jwt jwt,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            @Valid @RequestBody FileBody body) {
        return received(petitions.file(Caller.from(jwt), new PetitionService.Filing(body.division(), body.department(),
                body.text()), idempotencyKey));
    }

    /** Staff: a petition received by letter or in person, for the person identified by their ID card. */
    @PostMapping("/api/intake/workbench/petitions")
    @ApiResponse(responseCode = "201", description = "The petition recorded")
    @ApiResponse(responseCode = "200", description = "A retry with the same Idempotency-Key: the petition it recorded")
    ResponseEntity<PetitionView> record(@AuthenticationPrincipal Jwt jwt,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            @Valid @RequestBody RecordBody body) {
        PersonBody p = body.person();
        return received(petitions.record(Caller.from(jwt), new PetitionService.Recording(
                p.name() == null ? "" : p.name(), p.idNumber() == null ? "" : p.idNumber(), p.phone(), body.text()),
                idempotencyKey));
    }

    private ResponseEntity<PetitionView> received(PetitionService.Received received) {
        PetitionView view = view(received.petition());
        return received.created() ? ResponseEntity.created(URI.create("/api/intake/petitions/" + view.id())).body(view)
                : ResponseEntity.ok(view);
    }

    @GetMapping("/api/intake/petitions")
    PetitionList mine(@AuthenticationPrincipal Jwt jwt) {
        return list(petitions.mine(Caller.from(jwt)));
    }

    @GetMapping("/api/intake/petitions/{id}")
    PetitionView one(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return view(petitions.view(Caller.from(jwt), id));
    }

    @PostMapping("/api/intake/petitions/{id}/decision")
    PetitionView decide(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @Valid @RequestBody DecisionBody body) {
        return view(petitions.decide(Caller.from(jwt), id, body.accept(), body.note()));
    }

    @PostMapping("/api/intake/petitions/{id}/extension")
    PetitionView extend(@AuthenticationPrincipal Jwt jwt, @PathVariable String id, @Valid @RequestBody ExtendBody body) {
        return view(petitions.extend(Caller.from(jwt), id, body.reason()));
    }

    @PostMapping("/api/intake/petitions/{id}/answer")
    PetitionView answer(@AuthenticationPrincipal Jwt jwt, @PathVariable String id, @Valid @RequestBody AnswerBody body) {
        return view(petitions.answer(Caller.from(jwt), id, body.answer()));
    }

    /** Staff: petitions to their own department, those to act on first. */
    @GetMapping("/api/intake/workbench/petitions")
    PetitionList department(@AuthenticationPrincipal Jwt jwt) {
        return list(petitions.toMyDepartment(Caller.from(jwt)));
    }

    private PetitionList list(List<PetitionSnapshot> items) {
        List<PetitionView> views = items.stream().map(this::view).toList();
        return new PetitionList(views, views.size());
    }

    private PetitionView view(PetitionSnapshot p) {
        LocalDate actBy = p.actBy();
        Notice notice = p.noticeNumber() == null || p.decidedOn() == null ? null
                : new Notice(p.noticeNumber(), p.state() != PetitionState.NOT_ACCEPTED, p.noticeText(), p.decidedBy(),
                        p.decidedOn(), p.decidedOnTime());
        return new PetitionView(p.id(), p.recordedBy() == null ? "ONLINE" : "RECORDED", p.division(), p.department(),
                p.departmentName(), p.text(), p.state(), p.receivedAt(), p.acceptanceDue(), notice, p.dueOn(),
                actBy != null && calendar.isProvisional(p.receivedOn(), actBy), petitions.lightOf(p),
                p.extensionReason(), p.answer(), p.answeredBy(), p.answeredAt(),
                p.state() == PetitionState.ANSWERED ? p.answeredOnTime() : null);
    }
}
