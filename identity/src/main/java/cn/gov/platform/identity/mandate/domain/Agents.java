package cn.gov.platform.identity.mandate.domain;

import java.util.Optional;

/** Registered village agents, by subject. */
public interface Agents {

    void save(Agent agent);

    Optional<Agent> bySubject(String subject);
}
