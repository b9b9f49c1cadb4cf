package cn.gov.platform.intake.publicity.application;

import cn.gov.platform.intake.publicity.domain.PublicName;

/** Who an applicant is, for publication: natural or legal person, and the name in full (never stored). */
public interface ApplicantNames {

    record Applicant(PublicName.Kind kind, String name) {
    }

    /**
     * The applicant, or empty when identity does not know the subject (nothing can be published
     * under a name). Throws {@link Unavailable} when identity cannot answer, so publication is tried later.
     */
    java.util.Optional<Applicant> of(String subject);

    /** Identity cannot answer now: the publication waits and is tried again. */
    final class Unavailable extends RuntimeException {

        public Unavailable(String message) {
            super(message);
        }
    }
}
