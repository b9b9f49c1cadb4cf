package cn.gov.platform.intake.cases.domain;

/** Who did something to a case: the token subject, the login name shown in the history, and the capacity. */
public record Actor(String subject, String name, ActorRole role) {
}
