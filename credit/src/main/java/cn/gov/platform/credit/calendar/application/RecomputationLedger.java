package cn.gov.platform.credit.calendar.application;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Shared by every credit instance: which calendar open deadlines were recomputed for, and who recomputes now. */
public interface RecomputationLedger {

    /** The official years (year to version) of the last completed recomputation; empty before the first. */
    Optional<Map<Integer, Integer>> recomputedFor();

    void recorded(Map<Integer, Integer> versions);

    /** Takes the lease for {@code ttl} if no instance holds it; true if this instance holds it now. */
    boolean tryLease(Duration ttl);

    /** Gives the lease up (only if this instance still holds it). */
    void releaseLease();
}
