package cn.gov.platform.intake.complaints.web;

import cn.gov.platform.intake.calendar.domain.DeadlineChange;
import cn.gov.platform.intake.complaints.application.ComplaintService;
import cn.gov.platform.intake.complaints.domain.ComplaintSnapshot;
import cn.gov.platform.intake.complaints.domain.ComplaintState;
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
 * Complaints about efficiency (效能投诉). Filing needs an Idempotency-Key: 201 new, 200 for a retry.
 * The complainant, the department's staff and supervisors of its division see a complaint;
 * anyone else gets 404.
 */
@RestController
class ComplaintController {

    private final ComplaintService complaints;
    private final WorkingDayCalendar calendar;

    ComplaintController(ComplaintService complaints, WorkingDayCalendar calendar) {
        this.complaints = complaints;
        this.calendar = calendar;
    }

    record FileBody(@Size(max = 64, message = "办件编号过长 | Case id too long") @Nullable String caseId,
            @Size(max = 64, message = "部门代码过长 | Department code too long") @Nullable String department,
            @Pattern(regexp = "\\d{12}", message = "行政区划代码须为 12 位数字 | A division code has 12 digits") @Nullable String division,
            @NotBlank(message = "请填写投诉内容 | Describe the complaint")
            @Size(max = 2000, message = "投诉内容不超过 2000 字 | At most 2000 characters") String text) {
    }

    record ExtendBody(@NotBlank(message = "须说明延期理由 | Give the reason for the extension")
            @Size(max = 2000, message = "不超过 2000 字 | At most 2000 characters") String reason,
            @NotNull(message = "须给出新的答复期限 | Give the new due date") LocalDate dueOn) {
    }

    record AnswerBody(@NotBlank(message = "请填写答复内容 | Write the answer")
            @Size(max = 2000, message = "不超过 2000 字 | At most 2000 characters") String answer) {
    }

    /**
     * A complaint without the complainant's subject. {@code provisional}: the answer date, counted in
     * working days, rests on a year not yet published and may still move (later only) when it is;
     * {@code deadlineChanges}: the answer date moved by a published year, with the calendar version.
     */
    record ComplaintView(String id, @Nullable String caseId, @Nullable String caseNumber, @Nullable String itemCode,
            String division, String department, String departmentName, String text, ComplaintState state,
            Instant filedAt, LocalDate dueOn, boolean provisional, @Nullable Light light,
            @Nullable String extensionReason, @Nullable String answer, @Nullable String answeredBy,
            @Nullable Instant answeredAt, @Nullable Boolean answeredOnTime, List<AnswerDateChange> deadlineChanges) {
    }

    record AnswerDateChange(String kind, String what, LocalDate from, LocalDate to, int calendarYear,
            int calendarVersion, Instant at) {

        static AnswerDateChange of(DeadlineChange d) {
            return new AnswerDateChange(d.kind().name(), d.what(), d.from(), d.to(), d.calendarYear(),
                    d.calendarVersion(), d.at());
        }
    }

    record ComplaintList(List<ComplaintView> items, int count) {
    }

    @PostMapping("/api/intake/complaints")
    @ApiResponse(responseCode = "201", description = "The complaint filed")
    @ApiResponse(responseCode = "200", description = "A retry with the same Idempotency-Key: the complaint it filed")
    ResponseEntity<ComplaintView> file(@AuthenticationPrincipal Jwt jwt,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            @Valid @RequestBody FileBody body) {
        ComplaintService.Filed filed = complaints.file(Caller.from(jwt), new ComplaintService.Filing(body.caseId(),
                body.department(), body.division(), body.text()), idempotencyKey);
        ComplaintView view = view(filed.complaint());
        return filed.created() ? ResponseEntity.created(URI.create("/api/intake/complaints/" + view.id())).body(view)
                : ResponseEntity.ok(view);
    }

    @GetMapping("/api/intake/complaints")
    ComplaintList mine(@AuthenticationPrincipal Jwt jwt) {
        return list(complaints.mine(Caller.from(jwt)));
    }

    @GetMapping("/api/intake/complaints/{id}")
    ComplaintView one(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return view(complaints.view(Caller.from(jwt), id));
    }

    @PostMapping("/api/intake/complaints/{id}/extension")
    ComplaintView extend(@AuthenticationPrincipal Jwt jwt, @PathVariable String id, @Valid @RequestBody ExtendBody body) {
        return view(complaints.extend(Caller.from(jwt), id, body.reason(), body.dueOn()));
    }

    @PostMapping("/api/intake/complaints/{id}/answer")
    ComplaintView answer(@AuthenticationPrincipal Jwt jwt, @PathVariable String id, @Valid @RequestBody AnswerBody body) {
        return view(complaints.answer(Caller.from(jwt), id, body.answer()));
    }

    /** Staff: complaints against their own department, open ones first. */
    @GetMapping("/api/intake/workbench/complaints")
    ComplaintList department(@AuthenticationPrincipal Jwt jwt) {
        return list(complaints.againstMyDepartment(Caller.from(jwt)));
    }

    private ComplaintList list(List<ComplaintSnapshot> items) {
        List<ComplaintView> views = items.stream().map(this::view).toList();
        return new ComplaintList(views, views.size());
    }

    private ComplaintView view(ComplaintSnapshot c) {
        boolean provisional = c.state() == ComplaintState.FILED && calendar.isProvisional(c.filedOn(), c.dueOn());
        return new ComplaintView(c.id(), c.caseId(), c.caseNumber(), c.itemCode(), c.division(), c.department(),
                c.departmentName(), c.text(), c.state(), c.filedAt(), c.dueOn(), provisional, complaints.lightOf(c),
                c.extensionReason(), c.answer(), c.answeredBy(), c.answeredAt(),
                c.state() == ComplaintState.ANSWERED ? c.answeredOnTime() : null,
                c.deadlineChanges().stream().map(AnswerDateChange::of).toList());
    }
}
