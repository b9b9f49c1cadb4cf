package cn.gov.platform.intake.cases.domain;

import org.jspecify.annotations.Nullable;

/**
 * Who did something to a case: the token subject, the login name shown in the history, the
 * capacity, and the enterprise the person acted for, if any (issue 18: every act records both).
 */
public record Actor(String subject, String name, ActorRole role, @Nullable ActingEnterprise enterprise) {

    /** The service itself, acting on a rule: a deemed approval, a recomputation after a publication. */
    public static final Actor SYSTEM = new Actor(ActorRole.SYSTEM_SUBJECT, ActorRole.SYSTEM_SUBJECT, ActorRole.SYSTEM);

    public Actor(String subject, String name, ActorRole role) {
        this(subject, name, role, null);
    }
}
