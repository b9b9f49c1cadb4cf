package cn.gov.platform.identity.person.web;

import cn.gov.platform.identity.person.application.PersonRegistration;
import cn.gov.platform.identity.person.application.PhoneChange;
import cn.gov.platform.identity.person.application.RealNameVerification;
import cn.gov.platform.identity.person.domain.MobileNumber;
import cn.gov.platform.identity.person.domain.NewPerson;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Self-registration of citizens (anonymous: a person without an account cannot hold a token),
 * and what a person changes about themselves.
 */
@RestController
class PersonController {

    static final String REGISTRATIONS = "/api/identity/registrations";

    private final PersonRegistration registration;
    private final RealNameVerification verification;
    private final PhoneChange phoneChange;

    PersonController(PersonRegistration registration, RealNameVerification verification, PhoneChange phoneChange) {
        this.registration = registration;
        this.verification = verification;
        this.phoneChange = phoneChange;
    }

    /** Creates the account and the identity record, then tries the real-name verification once. */
    @PostMapping(REGISTRATIONS)
    @ResponseStatus(HttpStatus.CREATED)
    PersonView register(@RequestBody RegistrationRequest request) {
        NewPerson applicant = new NewPerson(request.username(), request.password(), request.name(),
                ResidentIdNumber.parse(request.idNumber(), "idNumber"), MobileNumber.parse(request.phone(), "phone"));
        return PersonView.of(registration.register(applicant));
    }

    /** Tries the real-name verification again (after a failure or while the provider was down). */
    @PostMapping("/api/identity/me/verification")
    PersonView verify(@AuthenticationPrincipal Jwt jwt) {
        return PersonView.of(verification.retry(jwt.getSubject()));
    }

    @PutMapping("/api/identity/me/phone")
    PersonView changePhone(@AuthenticationPrincipal Jwt jwt, @RequestBody PhoneRequest request) {
        return PersonView.of(phoneChange.change(jwt.getSubject(), MobileNumber.parse(request.phone(), "phone")));
    }

    record RegistrationRequest(@Nullable String username, @Nullable String password, @Nullable String name,
            @Nullable String idNumber, @Nullable String phone) {
        @Override
        public String toString() {
            return "RegistrationRequest[" + username + "]";
        }
    }

    record PhoneRequest(@Nullable String phone) {
    }
}
