package cn.gov.platform.intake.cases.application;

import org.jspecify.annotations.Nullable;

/**
 * The recorded consents of principals for agents (INT-10), as the identity service knows them.
 * An answer is always a real answer: when the identity service cannot be asked, the adapter
 * throws (503), it never assumes consent.
 */
public interface Mandates {

    MandateAnswer check(String agentSubject, String principalSubject, String itemCode);

    /** The identity service's answer; {@code principalName}, when allowed, is the principal's real name. */
    record MandateAnswer(boolean allowed, @Nullable String reason, @Nullable String mandateId,
            @Nullable String principalName) {
    }
}
