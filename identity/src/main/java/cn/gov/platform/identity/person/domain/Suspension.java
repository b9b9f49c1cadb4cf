package cn.gov.platform.identity.person.domain;

import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An account suspended by an administrator (a member of staff who left, an account misused):
 * it cannot log in, its tokens are refused everywhere, and it is reinstated by an administrator.
 * One per account; what happened before is in the audit trail.
 */
public record Suspension(String subject, String username, String reason, String suspendedBy, Instant suspendedAt,
        @Nullable String reinstatedBy, @Nullable Instant reinstatedAt) {

    public static final int MAX_REASON = 200;

    /** A new suspension; the reason is required and at most {@value #MAX_REASON} characters. */
    public static Suspension of(String subject, String username, @Nullable String reason, String by, Instant at) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw DomainViolation.invalid("reason", "REASON_REQUIRED", "请写明停用原因。", "Give the reason for the suspension.");
        }
        if (text.codePointCount(0, text.length()) > MAX_REASON) {
            throw DomainViolation.invalid("reason", "REASON_TOO_LONG", "停用原因不能超过200个字。",
                    "The reason may be at most 200 characters long.");
        }
        return new Suspension(subject, username, text, by, at, null, null);
    }

    public boolean active() {
        return reinstatedAt == null;
    }

    /** The account given back by {@code by} at {@code at}; only an active suspension can end. */
    public Suspension reinstated(String by, Instant at) {
        if (!active()) {
            throw DomainViolation.conflict("NOT_SUSPENDED", "该账号未被停用。", "The account is not suspended.");
        }
        return new Suspension(subject, username, reason, suspendedBy, suspendedAt, by, at);
    }
}
