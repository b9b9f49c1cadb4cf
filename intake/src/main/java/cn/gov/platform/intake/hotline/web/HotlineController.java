package cn.gov.platform.intake.hotline.web;

import cn.gov.platform.intake.hotline.application.HotlineService;
import cn.gov.platform.intake.hotline.domain.HotlineKind;
import cn.gov.platform.intake.hotline.domain.TicketSnapshot;
import cn.gov.platform.intake.hotline.domain.TicketState;
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
 * The 12345 hotline (issue 19, point 2). Recording a call or leaving a message needs an Idempotency-Key:
 * 201 new, 200 for a retry. Operators of its area, its department's staff, supervisors and the citizen
 * who wrote see a ticket; anyone else gets 404. The caller's phone is never shown back.
 */
@RestController
class HotlineController {

    private final HotlineService hotline;
    private final WorkingDayCalendar calendar;

    HotlineController(HotlineService hotline, WorkingDayCalendar calendar) {
        this.hotline = hotline;
        this.calendar = calendar;
    }

    record CallBody(@NotBlank(message = "请填写来电号码 | Give the caller's phone") String phone,
            @NotNull(message = "请选择来电类别 | Choose the kind of call") HotlineKind kind,
            @NotBlank(message = "请填写来电内容 | Write down what the caller said")
            @Size(max = 2000, message = "不超过 2000 字 | At most 2000 characters") String text,
            @Pattern(regexp = "\\d{12}", message = "行政区划代码须为 12 位数字 | A division code has 12 digits") @Nullable String division,
            @Size(max = 64, message = "部门代码过长 | Department code too long") @Nullable String department,
            @Size(max = 64, message = "关键词过长 | Keyword too long") @Nullable String keyword,
            @Size(max = 32, message = "办件编号过长 | Case number too long") @Nullable String caseNumber,
            @Size(max = 6, message = "身份证号码后 6 位 | The last 6 of the ID number") @Nullable String idSuffix) {
        @Override
        public String toString() {
            return "CallBody[" + kind + "]";
        }
    }

    record MessageBody(@NotNull(message = "请选择留言类别 | Choose the kind of message") HotlineKind kind,
            @NotBlank(message = "请填写留言内容 | Write your message")
            @Size(max = 2000, message = "不超过 2000 字 | At most 2000 characters") String text,
            @Pattern(regexp = "\\d{12}", message = "行政区划代码须为 12 位数字 | A division code has 12 digits") @Nullable String division,
            @Size(max = 64, message = "部门代码过长 | Department code too long") @Nullable String department) {
    }

    record RouteBody(@Pattern(regexp = "\\d{12}", message = "行政区划代码须为 12 位数字 | A division code has 12 digits") @Nullable String division,
            @Size(max = 64, message = "部门代码过长 | Department code too long") @Nullable String department,
            @NotBlank(message = "请说明转派理由 | Say why it goes to another department")
            @Size(max = 500, message = "不超过 500 字 | At most 500 characters") String reason) {
    }

    record AnswerBody(@NotBlank(message = "请填写答复意见 | Write the answer")
            @Size(max = 2000, message = "不超过 2000 字 | At most 2000 characters") String answer) {
    }

    record RouteView(String department, String departmentName, String by, Instant at, @Nullable String reason) {
    }

    /**
     * A ticket without the caller's phone or account. {@code answeredAtOnce}: a query the platform answered
     * on the line; {@code light}: while unanswered, against {@code dueOn}.
     */
    record TicketView(String id, String channel, HotlineKind kind, String division, String department,
            String departmentName, String text, TicketState state, Instant receivedAt, LocalDate dueOn,
            boolean provisional, @Nullable Light light, List<RouteView> routes, @Nullable String answer,
            @Nullable String answeredBy, @Nullable Instant answeredAt, boolean answeredAtOnce,
            @Nullable Boolean answeredOnTime, @Nullable Integer rating) {
    }

    record TicketList(List<TicketView> items, int count) {
    }

    @PostMapping("/api/intake/hotline/calls")
    @ApiResponse(responseCode = "201", description = "The call recorded: a ticket routed, or a query answered at once")
    @ApiResponse(responseCode = "200", description = "A retry with the same Idempotency-Key: the call it recorded")
    ResponseEntity<TicketView> call(@AuthenticationPrincipal Jwt jwt,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            @Valid @RequestBody CallBody body) {
        return recorded(hotline.call(Caller.from(jwt), new HotlineService.Call(body.phone(), body.kind(), body.text(),
                body.division(), body.department(), body.keyword(), body.caseNumber(), body.idSuffix()),
                idempotencyKey));
    }

    @PostMapping("/api/intake/hotline/messages")
    @ApiResponse(responseCode = "201", description = "The message left: a ticket routed")
    @ApiResponse(responseCode = "200", description = "A retry with the same Idempotency-Key: the message it left")
    ResponseEntity<TicketView> leave(@AuthenticationPrincipal Jwt jwt,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            @Valid @RequestBody MessageBody body) {
        return recorded(hotline.leave(Caller.from(jwt), new HotlineService.Note(body.kind(), body.text(),
                body.division(), body.department()), idempotencyKey));
    }

    private ResponseEntity<TicketView> recorded(HotlineService.Recorded recorded) {
        TicketView view = view(recorded.ticket());
        return recorded.created()
                ? ResponseEntity.created(URI.create("/api/intake/hotline/tickets/" + view.id())).body(view)
                : ResponseEntity.ok(view);
    }

    /** A citizen's own messages. */
    @GetMapping("/api/intake/hotline/messages")
    TicketList mine(@AuthenticationPrincipal Jwt jwt) {
        return list(hotline.mine(Caller.from(jwt)));
    }

    /** Operators: the tickets of their area, newest first; supervisors: of their scope. */
    @GetMapping("/api/intake/hotline/tickets")
    TicketList desk(@AuthenticationPrincipal Jwt jwt) {
        return list(hotline.desk(Caller.from(jwt)));
    }

    @GetMapping("/api/intake/hotline/tickets/{id}")
    TicketView one(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return view(hotline.view(Caller.from(jwt), id));
    }

    @PostMapping("/api/intake/hotline/tickets/{id}/route")
    TicketView reroute(@AuthenticationPrincipal Jwt jwt, @PathVariable String id, @Valid @RequestBody RouteBody body) {
        return view(hotline.reroute(Caller.from(jwt), id, body.division(), body.department(), body.reason()));
    }

    @PostMapping("/api/intake/hotline/tickets/{id}/answer")
    TicketView answer(@AuthenticationPrincipal Jwt jwt, @PathVariable String id, @Valid @RequestBody AnswerBody body) {
        return view(hotline.answer(Caller.from(jwt), id, body.answer()));
    }

    /** Staff: tickets with their own department, unanswered ones first. */
    @GetMapping("/api/intake/workbench/hotline")
    TicketList department(@AuthenticationPrincipal Jwt jwt) {
        return list(hotline.toMyDepartment(Caller.from(jwt)));
    }

    private TicketList list(List<TicketSnapshot> items) {
        List<TicketView> views = items.stream().map(this::view).toList();
        return new TicketList(views, views.size());
    }

    private TicketView view(TicketSnapshot t) {
        return new TicketView(t.id(), t.channel(), t.kind(), t.division(), t.department(), t.departmentName(), t.text(),
                t.state(), t.receivedAt(), t.dueOn(), t.isOpen() && calendar.isProvisional(t.receivedOn(), t.dueOn()),
                hotline.lightOf(t), t.routes().stream().map(r -> new RouteView(r.department(), r.departmentName(),
                        r.by(), r.at(), r.reason())).toList(), t.answer(), t.answeredBy(), t.answeredAt(),
                t.answeredAtOnce(), t.state() == TicketState.RECEIVED ? null : t.answeredOnTime(), t.rating());
    }
}
