package cn.gov.platform.intake.cases.application;

import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.CaseId;
import cn.gov.platform.intake.cases.domain.CaseSnapshot;
import cn.gov.platform.intake.cases.domain.CaseNumber;
import cn.gov.platform.intake.cases.domain.CaseState;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Where cases are kept: one document per case, the outbox inside it. */
public interface CaseStore {

    /** Stores a new case; returns false when the filer already used its idempotency key. */
    boolean insert(Case newCase);

    /**
     * Stores a changed case if nobody else changed it since it was read.
     *
     * @throws ConcurrentChange when it was changed in between
     * @throws NumberTaken when the acceptance or notice number drawn is already used
     */
    void save(Case changed);

    Optional<Case> find(CaseId id);

    Optional<Case> findByKey(String filerSubject, String idempotencyKey);

    /** The case with this acceptance number (a read by the unique index on the number). */
    Optional<Case> findByNumber(CaseNumber number);

    /** Cases whose applicant or filing agent is {@code subject}, newest first. */
    List<CaseSnapshot> ofApplicant(String subject, int limit);

    /**
     * One page of the queue of a department at a division, optionally in one state: the cases it
     * handles, those reported up to it, and those where it has a joint task; green channel first, then
     * oldest first. {@code skip} cases of the queue come before the page; {@code total} counts them all.
     */
    QueuePage handledBy(String division, String department, @Nullable CaseState state, int skip, int limit);

    /** A page of a queue and how many cases the whole queue holds. */
    record QueuePage(List<CaseSnapshot> items, long total) {
    }

    /** Ids of cases under review with a task that silence would approve due before {@code today}. */
    List<String> dueForDeemedConsent(LocalDate today, int limit);

    /**
     * Ids of cases whose clock runs or stands still for a supplement after acceptance, accepted on or
     * before {@code acceptedBy}, with a date on or after {@code reaching} (or none yet: a stopped
     * clock), in id order after {@code afterId}: the candidates of a recomputation.
     */
    List<String> withOpenDeadlines(LocalDate acceptedBy, LocalDate reaching, @Nullable String afterId, int limit);

    /** The highest serial used for numbers starting with {@code prefix}, to resynchronise a series. */
    long highestSerial(String field, String prefix);

    /** Every case, one by one (a rebuild of a read model). */
    void each(Consumer<CaseSnapshot> action);

    /**
     * Stores generated cases in bulk with their events marked published, so that they never reach the
     * stream (benchmarks only: {@code platform.bench.enabled}).
     */
    void insertGenerated(List<Case> generated);

    /** The case changed since it was read. */
    final class ConcurrentChange extends RuntimeException {
        public ConcurrentChange() {
            super("case changed concurrently");
        }
    }

    /** The number drawn is used already (the sequence was reset); which field says which series. */
    final class NumberTaken extends RuntimeException {
        private final String field;

        public NumberTaken(String field) {
            super("number taken in " + field);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
