package cn.gov.platform.identity.subject.web;

import cn.gov.platform.identity.enterprise.domain.Enterprise;
import cn.gov.platform.identity.enterprise.domain.Enterprises;
import cn.gov.platform.identity.person.application.PersonQueries;
import cn.gov.platform.identity.person.domain.Contact;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The phone number in clear, for the notification service's SMS only. Reachable by service
 * accounts only (the support library guards /api/*&#47;internal/**); never logged.
 */
@RestController
class ContactController {

    private final PersonQueries persons;
    private final Enterprises enterprises;

    ContactController(PersonQueries persons, Enterprises enterprises) {
        this.persons = persons;
        this.enterprises = enterprises;
    }

    @GetMapping("/api/identity/internal/persons/{subject}/contact")
    Contact contact(@PathVariable String subject) {
        // An enterprise as applicant (issue 18) is reached through its legal representative.
        String reached = Enterprise.codeOf(subject).flatMap(enterprises::byCreditCode)
                .map(Enterprise::legalRepresentative).orElse(subject);
        return persons.contact(reached).orElseThrow(() -> PlatformException.notFound("PERSON_NOT_FOUND",
                Message.of("没有该人员的联系方式。", "No contact data is held for that person.")));
    }
}
