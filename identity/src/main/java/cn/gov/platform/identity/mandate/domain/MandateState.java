package cn.gov.platform.identity.mandate.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a mandate. Expiry is not a state: it follows from the validity period and the
 * clock, so a mandate cannot be "still active" because nobody ran a job.
 */
public enum MandateState {
    /** Filed by the agent, waiting for the villager to confirm it in the app. */
    PENDING_CONFIRMATION,
    /** Consent given; the agent may act within scope and validity. */
    ACTIVE,
    /** Withdrawn by the villager (or refused while pending); final. */
    REVOKED;

    public Set<MandateState> next() {
        return switch (this) {
            case PENDING_CONFIRMATION -> EnumSet.of(ACTIVE, REVOKED);
            case ACTIVE -> EnumSet.of(REVOKED);
            case REVOKED -> EnumSet.noneOf(MandateState.class);
        };
    }

    public boolean canBecome(MandateState target) {
        return next().contains(target);
    }
}
