package cn.gov.platform.intake.cases.domain;

/** Who did something to a case: the token subject, the login name shown in the history, and the capacity. */
public record Actor(String subject, String name, ActorRole role) {

    /** The service itself, acting on a rule: a deemed approval, a recomputation after a publication. */
    public static final Actor SYSTEM = new Actor(ActorRole.SYSTEM_SUBJECT, ActorRole.SYSTEM_SUBJECT, ActorRole.SYSTEM);
}
