package cn.gov.platform.identity.me;

import cn.gov.platform.identity.enterprise.application.EnterpriseService;
import cn.gov.platform.identity.mandate.application.MandateService;
import cn.gov.platform.identity.mandate.web.MandateView;
import cn.gov.platform.identity.person.application.PersonQueries;
import cn.gov.platform.identity.person.domain.Preferences;
import cn.gov.platform.identity.person.web.PersonView;
import cn.gov.platform.identity.staff.application.StaffService;
import cn.gov.platform.support.web.Caller;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own profile; every logged-in user may read theirs and only theirs. */
@RestController
@RequestMapping("/api/identity/me")
class MeController {

    private final PersonQueries persons;
    private final EnterpriseService enterprises;
    private final MandateService mandates;
    private final StaffService staff;
    private final Clock clock;

    MeController(PersonQueries persons, EnterpriseService enterprises, MandateService mandates, StaffService staff,
            Clock clock) {
        this.persons = persons;
        this.enterprises = enterprises;
        this.mandates = mandates;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping
    Profile me(@AuthenticationPrincipal Jwt jwt) {
        Caller caller = Caller.from(jwt);
        String subject = caller.subject();
        Instant now = clock.instant();
        return new Profile(subject, caller.username(), caller.sortedRoles(), Profile.tokenStaff(caller),
                persons.bySubject(subject).map(PersonView::of).orElse(null),
                enterprises.actedForBy(subject).stream().map(e -> Profile.EnterpriseRole.of(e, subject)).toList(),
                new Profile.Mandates(mandates.givenBy(subject).stream().map(m -> MandateView.of(m, now, persons::nameOf)).toList(),
                        mandates.heldBy(subject).stream().map(m -> MandateView.of(m, now, persons::nameOf)).toList()),
                staff.heldBy(subject).stream().map(Profile.Position::of).toList(),
                persons.preferencesOf(subject));
    }

    @GetMapping("/preferences")
    Preferences preferences(@AuthenticationPrincipal Jwt jwt) {
        return persons.preferencesOf(jwt.getSubject());
    }

    /** Replaces the caller's preferences; an invalid document is refused whole and nothing changes. */
    @PutMapping("/preferences")
    Preferences setPreferences(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody Preferences chosen) {
        persons.savePreferences(jwt.getSubject(), chosen);
        return chosen;
    }
}
