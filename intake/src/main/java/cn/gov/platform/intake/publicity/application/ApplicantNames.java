package cn.gov.platform.intake.publicity.application;

import cn.gov.platform.intake.publicity.domain.PublicName;

/** Who an applicant is, for publication: natural or legal person, and the name in full (never stored). */
public interface ApplicantNames {

    record Applicant(PublicName.Kind kind, String name) {
    }

    /**
     * The applicant, or empty when identity does not know the subject (nothing can be published
     * under a name). Throws, so that publication is retried later, when identity cannot answer.
     */
    java.util.Optional<Applicant> of(String subject);
}
