package cn.gov.platform.intake.cases.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step of a case's history (INT-9): from which state to which, who, in what capacity,
 * when, and the enterprise the person acted for (issue 18; null for oneself and for staff).
 * {@code from} is null for the drafting of the case.
 */
public record Transition(@Nullable CaseState from, CaseState to, String actorSubject, String actorName,
        ActorRole role, Instant at, @Nullable String note, @Nullable ActingEnterprise enterprise) {

    public Transition(@Nullable CaseState from, CaseState to, String actorSubject, String actorName, ActorRole role,
            Instant at, @Nullable String note) {
        this(from, to, actorSubject, actorName, role, at, note, null);
    }
}
