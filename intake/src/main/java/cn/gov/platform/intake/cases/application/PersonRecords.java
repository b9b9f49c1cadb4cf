package cn.gov.platform.intake.cases.application;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * People served at the window without an account (issue 17, point 2), as the identity service keeps
 * them. When identity cannot be asked the adapter throws (503): a filing is never made for nobody, and
 * a case is never shown to an account identity has not confirmed.
 */
public interface PersonRecords {

    /** Whom a counter filing belongs to: the person's account if they have one, else their person record. */
    CounterPerson atCounter(String name, String idNumber, @Nullable String phone, String clerkSubject);

    /** The person-record subjects that are this account's (verified, same identity number). */
    List<String> recordsOf(String subject);

    record CounterPerson(String subject, boolean registered) {
    }
}
