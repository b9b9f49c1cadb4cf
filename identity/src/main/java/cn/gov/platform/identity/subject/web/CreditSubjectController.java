package cn.gov.platform.identity.subject.web;

import cn.gov.platform.identity.subject.application.CreditSubjects;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The credit subject of an account (natural person with identity number, or the enterprise it
 * represents with its credit code), for the credit service and for intake's result publicity.
 * Service accounts only (the support library guards /api/*&#47;internal/**); never logged.
 */
@RestController
class CreditSubjectController {

    private final CreditSubjects subjects;

    CreditSubjectController(CreditSubjects subjects) {
        this.subjects = subjects;
    }

    @GetMapping("/api/identity/internal/persons/{subject}/credit-subject")
    CreditSubjects.CreditSubject creditSubject(@PathVariable String subject) {
        return subjects.of(subject).orElseThrow(() -> PlatformException.notFound("PERSON_NOT_FOUND",
                Message.of("没有该账户的实名或企业信息。", "No real-name or enterprise record is held for that account.")));
    }
}
