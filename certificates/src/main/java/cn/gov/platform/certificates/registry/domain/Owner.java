package cn.gov.platform.certificates.registry.domain;

import java.util.Objects;

/**
 * Whose wallet a request opens: a person's own, or an enterprise's, which every member of the
 * enterprise opens while acting for it (issue 18, point 1). The person is always named, so every
 * act records who did it as well as for whom.
 */
public sealed interface Owner {

    /** The person making the request. */
    String person();

    boolean holds(Certificate certificate);

    /** A person's own certificates: those whose holder account is theirs. */
    record Person(String person) implements Owner {
        public Person {
            Objects.requireNonNull(person);
        }

        @Override
        public boolean holds(Certificate certificate) {
            return person.equals(certificate.holder().subject());
        }
    }

    /** An enterprise's certificates (by its credit code), opened by one of its members. */
    record Enterprise(String person, String creditCode) implements Owner {
        public Enterprise {
            Objects.requireNonNull(person);
            Objects.requireNonNull(creditCode);
        }

        @Override
        public boolean holds(Certificate certificate) {
            Holder holder = certificate.holder();
            return holder.kind() == Holder.Kind.ENTERPRISE && creditCode.equals(holder.creditCode());
        }
    }
}
