package cn.gov.platform.intake.cases.web;

import cn.gov.platform.intake.cases.application.CounterFilingService;
import cn.gov.platform.intake.cases.application.FilingService;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.calendar.DeadlineClock;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import cn.gov.platform.support.web.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Filing at the window (一窗受理, issue 17, point 2): a clerk files for the person present, at the clerk's
 * own department and division. Then, like any case: uploads ({@code PUT /cases/{id}/materials/{code}}, by
 * the filing clerk), submit, accept.
 */
@RestController
class CounterController {

    private final CounterFilingService counter;
    private final DeadlineClock deadlines;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    CounterController(CounterFilingService counter, DeadlineClock deadlines, WorkingDayCalendar calendar, Clock clock) {
        this.counter = counter;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.clock = clock;
    }

    record PersonBody(@Nullable @Size(max = 60) String name, @Nullable @Size(max = 32) String idNumber,
            @Nullable @Size(max = 20) String phone) {
    }

    record AttestationBody(@Nullable @Size(max = 40) String documentType, @Nullable Boolean checkedInPerson) {
    }

    record CounterBody(@NotBlank(message = "请选择事项 | choose an item") String itemCode,
            @NotNull(message = "请填写申请人 | give the person") @Valid PersonBody person,
            @NotNull(message = "请确认已核验身份证件 | confirm the identity document check") @Valid AttestationBody attestation,
            @Nullable Boolean draft) {
    }

    /**
     * 201 with the case (submitted, or a draft for uploads when {@code draft}); 200 with the same case for a
     * retry with the same Idempotency-Key. Faults name {@code person.name}, {@code person.idNumber},
     * {@code person.phone}, {@code attestation.documentType}, {@code attestation.checkedInPerson}.
     */
    @PostMapping("/api/intake/counter/cases")
    ResponseEntity<CaseView> file(@AuthenticationPrincipal Jwt jwt,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            @Valid @RequestBody CounterBody body) {
        PersonBody p = body.person();
        CounterFilingService.CounterRequest request = new CounterFilingService.CounterRequest(body.itemCode(),
                p.name() == null ? "" : p.name(), p.idNumber() == null ? "" : p.idNumber(), p.phone(),
                body.attestation().documentType() == null ? "" : body.attestation().documentType(),
                Boolean.TRUE.equals(body.attestation().checkedInPerson()), !Boolean.TRUE.equals(body.draft()));
        FilingService.Filed filed = counter.file(Caller.from(jwt), request, idempotencyKey);
        CaseView view = CaseView.of(filed.filed().snapshot(), deadlines, calendar, ChinaTime.today(clock));
        return filed.created()
                ? ResponseEntity.created(URI.create("/api/intake/cases/" + view.id())).body(view)
                : ResponseEntity.ok(view);
    }
}
