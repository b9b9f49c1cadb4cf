package cn.gov.platform.identity.mandate.domain;

import org.jspecify.annotations.Nullable;

/** The answer to "may this agent act for this principal on this item now?". */
public record MandateDecision(boolean allowed, MandateReason reason, @Nullable String mandateId) {

    public static MandateDecision granted(String mandateId) {
        return new MandateDecision(true, MandateReason.GRANTED, mandateId);
    }

    public static MandateDecision refused(MandateReason reason, @Nullable String mandateId) {
        return new MandateDecision(false, reason, mandateId);
    }
}
