package cn.gov.platform.identity.person.web;

import cn.gov.platform.identity.person.domain.Person;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A person as shown to themselves: identity number and phone always masked (IDN-4). */
public record PersonView(String subject, String username, String name, String idNumber, String phone,
        VerificationView verification) {

    public record VerificationView(String status, @Nullable Instant at, @Nullable String method) {
    }

    public static PersonView of(Person p) {
        return new PersonView(p.subject(), p.username(), p.name(), p.idNumber().masked(), p.phone().masked(),
                new VerificationView(p.verification().status().name().toLowerCase(Locale.ROOT), p.verification().at(),
                        p.verification().method()));
    }
}
