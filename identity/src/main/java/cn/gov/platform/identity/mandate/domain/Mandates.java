package cn.gov.platform.identity.mandate.domain;

import java.util.List;
import java.util.Optional;

/** Every mandate, by id and by the people it binds. */
public interface Mandates {

    void add(Mandate mandate);

    void update(Mandate mandate);

    Optional<Mandate> byId(String id);

    List<Mandate> between(String agent, String principal);

    List<Mandate> givenBy(String principal);

    List<Mandate> heldBy(String agent);
}
