package cn.gov.platform.identity.person.web;

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

    ContactController(PersonQueries persons) {
        this.persons = persons;
    }

    @GetMapping("/api/identity/internal/persons/{subject}/contact")
    Contact contact(@PathVariable String subject) {
        return persons.contact(subject).orElseThrow(() -> PlatformException.notFound("PERSON_NOT_FOUND",
                Message.of("没有该人员的联系方式。", "No contact data is held for that person.")));
    }
}
