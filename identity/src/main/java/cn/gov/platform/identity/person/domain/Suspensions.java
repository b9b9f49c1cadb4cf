package cn.gov.platform.identity.person.domain;

import java.util.List;
import java.util.Optional;

/** The accounts' suspensions, one per account, the latest. */
public interface Suspensions {

    void save(Suspension suspension);

    Optional<Suspension> of(String subject);

    /** Active suspensions first, then the latest reinstatements, at most {@code limit}. */
    List<Suspension> latest(int limit);
}
