package cn.gov.platform.intake.followup.application;

import java.util.Optional;

/**
 * The applicant of a case as the identity service knows them (accounts and person records alike): the
 * resident ID number, read once to seal its suffix and never kept, and the phone number on record, read
 * to answer an SMS and never kept. Throws {@link Unavailable} when identity cannot answer.
 */
public interface Applicants {

    /** The resident ID number; empty for an enterprise or a subject identity does not know. */
    Optional<String> idNumberOf(String subject);

    /** The phone number on record; empty when there is none or identity does not know the subject. */
    Optional<String> phoneOf(String subject);

    final class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
