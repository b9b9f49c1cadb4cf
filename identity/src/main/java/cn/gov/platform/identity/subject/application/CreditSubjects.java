package cn.gov.platform.identity.subject.application;

import cn.gov.platform.identity.enterprise.domain.Enterprise;
import cn.gov.platform.identity.enterprise.domain.Enterprises;
import cn.gov.platform.identity.person.domain.PersonRecords;
import cn.gov.platform.identity.person.domain.Persons;
import java.util.Comparator;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Who a login account is for the credit service (CRE-1): the enterprise it represents, or the
 * natural person. The rule: an account that is the legal representative of an enterprise is that
 * enterprise's account (if it represents several, the earliest registered); every other verified
 * account is a natural person. Members (administrators, filers, viewers) are not the enterprise: they
 * also apply for themselves; a case they file acting for it has the subject {@code enterprise:<code>},
 * which is the enterprise.
 */
@Service
public class CreditSubjects {

    private final Persons persons;
    private final Enterprises enterprises;
    private final PersonRecords records;

    public CreditSubjects(Persons persons, Enterprises enterprises, PersonRecords records) {
        this.persons = persons;
        this.enterprises = enterprises;
        this.records = records;
    }

    public Optional<CreditSubject> of(String subject) {
        if (subject.startsWith(Enterprise.SUBJECT_PREFIX)) {
            // A case filed while acting for an enterprise (issue 18): the enterprise itself is the applicant.
            return Enterprise.codeOf(subject).flatMap(enterprises::byCreditCode)
                    .map(e -> new CreditSubject("LEGAL_PERSON", e.name(), null, e.creditCode().value()));
        }
        Optional<Enterprise> represented = enterprises.actedForBy(subject).stream()
                .filter(e -> e.legalRepresentative().equals(subject))
                .min(Comparator.comparing(Enterprise::registeredAt));
        if (represented.isPresent()) {
            return Optional.of(new CreditSubject("LEGAL_PERSON", represented.get().name(), null,
                    represented.get().creditCode().value()));
        }
        return persons.bySubject(subject)
                .map(p -> new CreditSubject("NATURAL_PERSON", p.name(), p.idNumber().value(), null))
                // A person served at a window without an account (issue 17): identified there in person.
                .or(() -> records.bySubject(subject)
                        .map(r -> new CreditSubject("NATURAL_PERSON", r.name(), r.idNumber().value(), null)));
    }

    /** The identity number travels in clear to the credit service only, which hashes it at once. */
    public record CreditSubject(String kind, String name, @Nullable String idNumber, @Nullable String creditCode) {
    }
}
