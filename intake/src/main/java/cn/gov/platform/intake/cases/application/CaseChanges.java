package cn.gov.platform.intake.cases.application;

import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.CaseId;
import cn.gov.platform.intake.cases.domain.OutboxEvent;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.DomainViolation;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How every use case changes a case: load it, let the aggregate change itself, save it with its
 * events in one document write (a compare-and-set on its version), so that nothing is stored when any
 * step refuses. Every use case is timed (by name and outcome) and every event counted.
 */
public class CaseChanges {

    private static final int NUMBER_RETRIES = 3;

    private final CaseStore store;
    private final CaseNumbers numbers;
    private final Clock time;
    private final MeterRegistry meters;
    private final CaseFees fees;

    public CaseChanges(CaseStore store, CaseNumbers numbers, Clock time, MeterRegistry meters) {
        this(store, numbers, time, meters, CaseFees.NONE);
    }

    /** With the fee point (issue 19): delivery and closing wait for the fee; the fees see every stored change. */
    public CaseChanges(CaseStore store, CaseNumbers numbers, Clock time, MeterRegistry meters, CaseFees fees) {
        this.store = store;
        this.numbers = numbers;
        this.time = time;
        this.meters = meters;
        this.fees = fees;
    }

    public Instant now() {
        return time.instant();
    }

    public LocalDate today() {
        return ChinaTime.today(time);
    }

    public Case load(String id) {
        return store.find(new CaseId(id)).orElseThrow(CaseAccess::notFound);
    }

    /**
     * Load, change, save. A clash on a number means the counter was reset (Redis lost its data): the
     * series is moved past the highest number in the store and the change is tried again.
     */
    public Case change(String useCase, String id, Consumer<Case> mutation) {
        return timed(useCase, () -> {
            for (int attempt = 1; ; attempt++) {
                Case c = load(id);
                int before = c.pendingEvents().size();
                mutation.accept(c);
                if (useCase.equals("delivery") || useCase.equals("close")) {
                    fees.beforeDelivery(c.snapshot());
                }
                try {
                    store.save(c);
                } catch (CaseStore.ConcurrentChange e) {
                    throw concurrent();
                } catch (CaseStore.NumberTaken e) {
                    if (attempt >= NUMBER_RETRIES) {
                        throw e;
                    }
                    numbers.resync(e.field(), c);
                    continue;
                }
                countSince(c, before);
                fees.changed(c.snapshot());
                return c;
            }
        });
    }

    /** Stores a new case with its events; false when the filer already used its idempotency key. */
    public boolean insert(Case filed) {
        boolean inserted = store.insert(filed);
        if (inserted) {
            countSince(filed, 0);
        }
        return inserted;
    }

    public Optional<Case> findByKey(String filerSubject, String idempotencyKey) {
        return store.findByKey(filerSubject, idempotencyKey);
    }

    /**
     * Saves a case changed outside {@link #change} and counts the events recorded after the first
     * {@code eventsBefore}; a concurrent change is left to the caller ({@link CaseStore.ConcurrentChange}).
     */
    public void save(Case changed, int eventsBefore) {
        store.save(changed);
        countSince(changed, eventsBefore);
        fees.changed(changed.snapshot());
    }

    public <T> T timed(String useCase, Supplier<T> work) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "ok";
        try {
            return work.get();
        } catch (RuntimeException e) {
            outcome = e instanceof DomainViolation v ? v.code() : e.getClass().getSimpleName();
            throw e;
        } finally {
            sample.stop(meters.timer("intake.cases.use-case", "use-case", useCase, "outcome", outcome));
        }
    }

    static DomainViolation concurrent() {
        return DomainViolation.conflict("CONCURRENT_CHANGE", "办件刚被他人修改，请刷新后重试。",
                "The case was changed a moment ago; reload it and try again.");
    }

    private void countSince(Case c, int before) {
        List<OutboxEvent> recorded = c.pendingEvents();
        recorded.stream().skip(before).forEach(e -> meters.counter("intake.cases.events", "type", e.type(),
                "division", e.division()).increment());
    }
}
