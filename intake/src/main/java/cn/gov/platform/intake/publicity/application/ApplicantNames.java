package cn.gov.platform.intake.publicity.application;

import cn.gov.platform.intake.publicity.domain.PublicName;

/** Who an applicant is, for publication: natural or legal person, and the name in full (never stored). */
public interface ApplicantNames {

    record Applicant(PublicName.Kind kind, String name) {
    }

    /** Fails (the publication is retried later) when the identity service cannot answer. */
    Applicant of(String subject);
}
