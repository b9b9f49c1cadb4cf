package cn.gov.platform.identity.person.web;

import cn.gov.platform.identity.person.application.PersonRecordService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * People served at a window without an account (issue 17, point 2), for intake only: service accounts
 * (the support library guards /api/*&#47;internal/**). Identity numbers and phones are never logged.
 */
@RestController
class PersonRecordController {

    private final PersonRecordService records;

    PersonRecordController(PersonRecordService records) {
        this.records = records;
    }

    record CounterPersonBody(@NotBlank @Size(max = 60) String name, @NotBlank @Size(max = 32) String idNumber,
            @Nullable @Size(max = 20) String phone, @NotBlank @Size(max = 64) String filedBy) {
    }

    record Subjects(List<String> subjects) {
    }

    /**
     * Whom a clerk's counter filing belongs to: {@code {subject, registered}}, the person's account if the
     * identity number has one (the name must match), else their person record (made at the first visit).
     * Faults name {@code person.idNumber}, {@code person.name}, {@code person.phone}.
     */
    @PostMapping("/api/identity/internal/person-records")
    PersonRecordService.CounterPerson atCounter(@Valid @RequestBody CounterPersonBody body) {
        return records.atCounter(body.name(), body.idNumber(), body.phone(), body.filedBy());
    }

    /** The person-record subjects that are this account's (verified, same identity number); empty otherwise. */
    @GetMapping("/api/identity/internal/persons/{subject}/person-records")
    Subjects recordsOf(@PathVariable String subject) {
        return new Subjects(records.recordsOf(subject));
    }
}
