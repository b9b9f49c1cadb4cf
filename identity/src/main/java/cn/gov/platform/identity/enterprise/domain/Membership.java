package cn.gov.platform.identity.enterprise.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person authorised by the legal representative to act for the enterprise; revoked memberships are kept for the record. */
public record Membership(String subject, MemberRole role, Instant since, @Nullable Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
