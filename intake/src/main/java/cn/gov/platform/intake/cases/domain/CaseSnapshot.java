package cn.gov.platform.intake.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything a case is, as plain data, one record per part: what the store keeps and what the
 * aggregate is rebuilt from. Each part holds its own lists (one source of truth for each); the item's
 * version, chain, limits and materials are copied into their parts at drafting, so a later change to
 * the catalogue never changes a case already under way.
 *
 * @param version   optimistic-locking counter, incremented by every save
 * @param filing    who the case is for and who filed it, with the idempotency key and fingerprint of the filing
 * @param lifecycle state, numbers, dates and history
 * @param outbox    the events recorded with the changes, relayed to the stream afterwards
 */
public record CaseSnapshot(String id, long version, CaseItem item, Filing filing, Lifecycle lifecycle,
        Handling handling, Materials materials, Deadlines deadlines, JointReview joint, CreditAssessment credit,
        DecisionChain chain, List<OutboxEvent> outbox) {

    public CaseSnapshot {
        outbox = List.copyOf(outbox);
    }

    public CaseState state() {
        return lifecycle.state();
    }

    /** The earliest deadline of an open task that silence would approve: what the deemed-consent sweep looks for. */
    public @Nullable LocalDate deemedDue() {
        return joint.deemedDue(lifecycle.state());
    }

    /** Whether staff of that department may see the case: it received it, acts on it, or has a task in it. */
    public boolean isVisibleTo(@Nullable String division, @Nullable String department) {
        return handling.isHandledBy(division, department) || handling.isActingUnit(division, department)
                || joint.hasTaskAt(division, department);
    }

    /** Accepted and not decided, its clock running or stopped for a supplement: its dates may still move. */
    public boolean hasOpenDeadlines() {
        return deadlines.areOpen(lifecycle.state());
    }

    /**
     * Whether the clock touches {@code year} while its dates may still move: from acceptance to the
     * latest open date of the case, its open tasks and its tolerated materials not handed in yet.
     */
    public boolean deadlinesTouch(int year) {
        List<LocalDate> others = new ArrayList<>(joint.openDueDates());
        others.addAll(materials.outstandingToleranceDates());
        return hasOpenDeadlines() && deadlines.touch(year, others);
    }

    /** Whether events wait for the relay. */
    public boolean hasPendingEvents() {
        return outbox.stream().anyMatch(e -> !e.isPublished());
    }

    /** The same snapshot under another optimistic-locking version; only the store calls this. */
    public CaseSnapshot withVersion(long newVersion) {
        return new CaseSnapshot(id, newVersion, item, filing, lifecycle, handling, materials, deadlines, joint, credit,
                chain, outbox);
    }
}
