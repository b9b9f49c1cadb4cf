package cn.gov.platform.identity.person.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Real-name verification of a person (IDN-1: verified once). A failed attempt may be retried
 * (a typo in the name is common); a verified person stays verified.
 */
public enum VerificationStatus {
    UNVERIFIED, VERIFIED, FAILED;

    public Set<VerificationStatus> next() {
        return switch (this) {
            case UNVERIFIED, FAILED -> EnumSet.of(VERIFIED, FAILED);
            case VERIFIED -> EnumSet.noneOf(VerificationStatus.class);
        };
    }

    public boolean canBecome(VerificationStatus target) {
        return next().contains(target);
    }
}
