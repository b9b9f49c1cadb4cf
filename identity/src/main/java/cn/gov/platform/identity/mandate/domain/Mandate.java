package cn.gov.platform.identity.mandate.domain;

import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.DomainViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A villager's (the principal's) permission for a village agent to file on their behalf
 * (代办, INT-10): what for, how long, and how consent was given. Only the principal confirms or
 * revokes it; the agent's view is read-only.
 */
public final class Mandate {

    private final String id;
    private final String principal;
    private final String agent;
    private final Scope scope;
    private final Instant validFrom;
    private final Instant validUntil;
    private Consent consent;
    private MandateState state;
    private final Instant createdAt;
    private @Nullable Instant revokedAt;

    public Mandate(String id, String principal, String agent, Scope scope, Instant validFrom, Instant validUntil,
            Consent consent, MandateState state, Instant createdAt, @Nullable Instant revokedAt) {
        this.id = Objects.requireNonNull(id);
        this.principal = Objects.requireNonNull(principal);
        this.agent = Objects.requireNonNull(agent);
        this.scope = Objects.requireNonNull(scope);
        this.validFrom = Objects.requireNonNull(validFrom);
        this.validUntil = Objects.requireNonNull(validUntil);
        this.consent = Objects.requireNonNull(consent);
        this.state = Objects.requireNonNull(state);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.revokedAt = revokedAt;
    }

    /**
     * A new mandate. Consent given in the app or attested in person makes it active at once; an
     * agent who asks for app confirmation waits for the villager.
     */
    public static Mandate grant(String id, String principal, String agent, Scope scope, Instant validFrom,
            Instant validUntil, Consent consent, Instant now, Duration maxValidity) {
        if (principal.equals(agent)) {
            throw DomainViolation.invalid("agent", "SELF_MANDATE", Message.of(
                    "不能授权给自己。", "A person cannot give a mandate to themselves."));
        }
        requireValidity(validFrom, validUntil, now, maxValidity);
        MandateState state = consent.givenAt() == null ? MandateState.PENDING_CONFIRMATION : MandateState.ACTIVE;
        return new Mandate(id, principal, agent, scope, validFrom, validUntil, consent, state, now, null);
    }

    /**
     * The rules on a mandate's period: it ends after it starts and in the future, and lasts at most
     * {@code maxValidity}. Checked by {@link #grant}; callers that must know before doing more check first.
     */
    public static void requireValidity(Instant validFrom, Instant validUntil, Instant now, Duration maxValidity) {
        if (!validUntil.isAfter(validFrom) || !validUntil.isAfter(now)) {
            throw DomainViolation.invalid("validUntil", "INVALID_VALIDITY", Message.of(
                    "授权截止时间须晚于开始时间和当前时间。",
                    "The end of validity must be after its start and in the future."));
        }
        if (Duration.between(validFrom, validUntil).compareTo(maxValidity) > 0) {
            throw DomainViolation.invalid("validUntil", "VALIDITY_TOO_LONG", Message.of(
                    "授权有效期不能超过 " + maxValidity.toDays() + " 天，到期后可重新授权。",
                    "A mandate is valid for at most " + maxValidity.toDays() + " days; renew it when it ends."));
        }
    }

    /** The villager confirms in the app a mandate the agent filed. */
    public void confirm(String by, Instant now) {
        requirePrincipal(by);
        move(MandateState.ACTIVE);
        if (!now.isBefore(validUntil)) {
            throw DomainViolation.conflict("MANDATE_EXPIRED", Message.of(
                    "该授权已过期，无法确认。", "This mandate has expired and cannot be confirmed."));
        }
        this.consent = new Consent(ConsentMethod.APP_CONFIRMATION, consent.attestation(), now);
        this.state = MandateState.ACTIVE;
    }

    /** The villager withdraws the mandate; a pending one is thereby refused. */
    public void revoke(String by, Instant now) {
        requirePrincipal(by);
        move(MandateState.REVOKED);
        this.state = MandateState.REVOKED;
        this.revokedAt = now;
    }

    /** Whether the agent may act on {@code item} at {@code now}, and the first rule that says no. */
    public MandateDecision decide(String item, Instant now) {
        for (MandateRule rule : MandateRule.ALL) {
            var refusal = rule.refuse(this, item, now);
            if (refusal.isPresent()) {
                return MandateDecision.refused(refusal.get(), id);
            }
        }
        return MandateDecision.granted(id);
    }

    /** Active and within its validity period at {@code now}, whatever the item. */
    public boolean isEffective(Instant now) {
        return state == MandateState.ACTIVE && !now.isBefore(validFrom) && now.isBefore(validUntil);
    }

    /** How many rules this mandate passes for {@code item}; used to report the most telling refusal. */
    public int rulesPassed(String item, Instant now) {
        int passed = 0;
        for (MandateRule rule : MandateRule.ALL) {
            if (rule.refuse(this, item, now).isPresent()) {
                return passed;
            }
            passed++;
        }
        return passed;
    }

    private void requirePrincipal(String by) {
        if (!principal.equals(by)) {
            // Someone else's mandate does not exist for the caller.
            throw DomainViolation.notFound("MANDATE_NOT_FOUND", Message.of("未找到该授权。", "No such mandate."));
        }
    }

    private void move(MandateState target) {
        if (!state.canBecome(target)) {
            throw DomainViolation.conflict("MANDATE_STATE", Message.of(
                    "该授权当前状态（" + state + "）不允许此操作。",
                    "The mandate is " + state + "; that is not possible now."));
        }
    }

    public String id() { return id; }
    public String principal() { return principal; }
    public String agent() { return agent; }
    public Scope scope() { return scope; }
    public Instant validFrom() { return validFrom; }
    public Instant validUntil() { return validUntil; }
    public Consent consent() { return consent; }
    public MandateState state() { return state; }
    public Instant createdAt() { return createdAt; }
    public @Nullable Instant revokedAt() { return revokedAt; }
}
