package cn.gov.platform.credit.calendar.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.credit.ServedYear;
import cn.gov.platform.credit.ServedYear.Period;
import cn.gov.platform.credit.petitions.application.PetitionDeadlines;
import cn.gov.platform.credit.petitions.domain.Petition;
import cn.gov.platform.credit.petitions.domain.PetitionKind;
import cn.gov.platform.credit.petitions.domain.Petitions;
import cn.gov.platform.kernel.calendar.CalendarYear;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Two credit instances sharing one store and one ledger, each with its own calendar: open answer
 * dates move once per calendar state, whoever gets there first, and never on stale data.
 */
class CalendarRecomputationTest {

    private static final Instant NOW = Instant.parse("2027-01-05T02:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    /** 2027 with a Spring Festival three days longer than the statutory rules give (6 to 14 February). */
    private static final CalendarYear OFFICIAL_2027 = ServedYear.published(2027, 1, List.of(
            new Period("NEW_YEAR", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 3)),
            new Period("SPRING_FESTIVAL", LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 14))),
            List.of(LocalDate.of(2027, 2, 20))).calendarYear();
    /** Filed on Monday 1 February 2027, answered within 10 working days. */
    private static final LocalDate FILED = LocalDate.of(2027, 2, 1);

    private final MemoryPetitions store = new MemoryPetitions();
    private final MemoryLedger ledger = new MemoryLedger();

    /** One credit instance: its own calendar, the shared store and ledger. */
    private final class Instance {
        final WorkingDayCalendar calendar = new WorkingDayCalendar(List.of(ServedYear.OFFICIAL_2026.calendarYear()));
        final AtomicBoolean read = new AtomicBoolean(true);
        final Deadlines deadlines = new Deadlines(calendar, read::get);
        final PetitionDeadlines petitions = new PetitionDeadlines(store, deadlines, 10, 5);
        final CalendarRecomputation recomputation = new CalendarRecomputation(deadlines, List.of(petitions), ledger, CLOCK,
                new SimpleMeterRegistry());

        Instance publishes2027() {
            calendar.replace(List.of(ServedYear.OFFICIAL_2026.calendarYear(), OFFICIAL_2027));
            return this;
        }
    }

    private Petition fileObjection(String id) {
        LocalDate due = new WorkingDayCalendar(List.of(ServedYear.OFFICIAL_2026.calendarYear())).plusWorkingDays(FILED, 10);
        Petition p = Petition.file(id, PetitionKind.OBJECTION, "E-" + id, "dept", "filer-" + id, "依据有误", List.of(),
                FILED.atTime(2, 0).toInstant(ZoneOffset.UTC), due, 10);
        store.add(p);
        return p;
    }

    @Test
    void nothingIsRecomputedBeforeTheOfficialYearsWereRead() {
        Instance a = new Instance();
        a.read.set(false);

        assertThat(a.recomputation.run()).isEqualTo(CalendarRecomputation.Outcome.NOT_READ_YET);
        assertThat(ledger.recorded).isNull();
    }

    @Test
    void theFirstInstanceToSeeANewYearMovesEachOpenDateOnceAndTheOtherFindsItDone() {
        Instance a = new Instance();
        Instance b = new Instance();
        assertThat(a.recomputation.run()).isEqualTo(CalendarRecomputation.Outcome.RECOMPUTED);
        Petition filed = fileObjection("P1");
        a.publishes2027();
        b.publishes2027();
        LocalDate expected = new WorkingDayCalendar(List.of(OFFICIAL_2027)).plusWorkingDays(FILED, 10);
        assertThat(expected).isAfter(filed.dueBy());

        assertThat(a.recomputation.run()).isEqualTo(CalendarRecomputation.Outcome.RECOMPUTED);
        assertThat(b.recomputation.run()).isEqualTo(CalendarRecomputation.Outcome.UP_TO_DATE);

        Petition moved = store.byId("P1").orElseThrow();
        assertThat(moved.dueBy()).isEqualTo(expected);
        assertThat(moved.dueByChanges()).singleElement().satisfies(c -> {
            assertThat(c.previousDue()).isEqualTo(filed.dueBy());
            assertThat(c.calendarYear()).isEqualTo(2027);
            assertThat(c.calendarVersion()).isEqualTo(1);
            assertThat(c.at()).isEqualTo(NOW);
        });
        assertThat(ledger.recorded).isEqualTo(Map.of(2026, 1, 2027, 1));
        // A second pass on the same calendar, even without the ledger, moves nothing.
        assertThat(b.petitions.recompute(CalendarChange.between(null, ledger.recorded, NOW))).isZero();
        assertThat(store.byId("P1").orElseThrow().version()).isEqualTo(moved.version());
    }

    @Test
    void anInstanceThatHasNotReadTheNewestVersionsYetLeavesTheDatesAlone() {
        Instance ahead = new Instance().publishes2027();
        Instance behind = new Instance();
        fileObjection("P2");
        assertThat(ahead.recomputation.run()).isEqualTo(CalendarRecomputation.Outcome.RECOMPUTED);
        Petition moved = store.byId("P2").orElseThrow();

        assertThat(behind.recomputation.run()).isEqualTo(CalendarRecomputation.Outcome.BEHIND);
        assertThat(store.byId("P2").orElseThrow()).isEqualTo(moved);
    }

    @Test
    void whileAnotherInstanceHoldsTheLeaseThisOneWaitsForItsTurn() {
        Instance a = new Instance().publishes2027();
        ledger.held = true;

        assertThat(a.recomputation.run()).isEqualTo(CalendarRecomputation.Outcome.BUSY);

        ledger.held = false;
        assertThat(a.recomputation.run()).isEqualTo(CalendarRecomputation.Outcome.RECOMPUTED);
    }

    @Test
    void aPassThatFailsHalfWayIsNotRecordedAndFreesTheLeaseSoTheNextOneDoesItAll() {
        Instance a = new Instance().publishes2027();
        fileObjection("P3");
        RecomputesDeadlines broken = new RecomputesDeadlines() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public int recompute(CalendarChange change) {
                throw new IllegalStateException("store down");
            }
        };
        CalendarRecomputation failing = new CalendarRecomputation(a.deadlines, List.of(a.petitions, broken), ledger,
                CLOCK, new SimpleMeterRegistry());

        assertThatThrownBy(failing::run).isInstanceOf(IllegalStateException.class);
        assertThat(ledger.recorded).isNull();
        assertThat(ledger.held).isFalse();

        assertThat(a.recomputation.run()).isEqualTo(CalendarRecomputation.Outcome.RECOMPUTED);
        assertThat(store.byId("P3").orElseThrow().dueByChanges()).hasSize(1);
    }

    @Test
    void whenAnotherInstanceSavedTheSameMoveFirstTheCompareAndSetLosesAndNothingIsMovedTwice() {
        Instance a = new Instance().publishes2027();
        Instance b = new Instance().publishes2027();
        fileObjection("P4");
        CalendarChange change = CalendarChange.between(Map.of(2026, 1), Map.of(2026, 1, 2027, 1), NOW);
        // b moves the date between a's read and a's save.
        store.beforeReplace = () -> {
            store.beforeReplace = () -> { };
            assertThat(b.petitions.recompute(change)).isEqualTo(1);
        };

        assertThat(a.petitions.recompute(change)).isZero();
        assertThat(store.byId("P4").orElseThrow().dueByChanges()).hasSize(1);
        assertThat(store.byId("P4").orElseThrow().outbox()).hasSize(1);
    }

    @Test
    void aDecidedPetitionIsLeftAlone() {
        Instance a = new Instance().publishes2027();
        Petition filed = fileObjection("P5");
        Petition decided = filed.decide(false, "staff", "依据充分", NOW);
        store.replace(filed, decided);

        a.recomputation.run();

        assertThat(store.byId("P5").orElseThrow()).isEqualTo(decided);
    }

    private static final class MemoryLedger implements RecomputationLedger {
        @Nullable Map<Integer, Integer> recorded;
        boolean held;

        @Override
        public Optional<Map<Integer, Integer>> recomputedFor() {
            return Optional.ofNullable(recorded);
        }

        @Override
        public void recorded(Map<Integer, Integer> versions) {
            recorded = new HashMap<>(versions);
        }

        @Override
        public boolean tryLease(Duration ttl) {
            if (held) {
                return false;
            }
            held = true;
            return true;
        }

        @Override
        public void releaseLease() {
            held = false;
        }
    }

    private static final class MemoryPetitions implements Petitions {
        final Map<String, Petition> byId = new ConcurrentHashMap<>();
        Runnable beforeReplace = () -> { };

        @Override
        public boolean add(Petition petition) {
            return byId.putIfAbsent(petition.id(), petition) == null;
        }

        @Override
        public boolean replace(Petition previous, Petition next) {
            beforeReplace.run();
            synchronized (this) {
                Petition stored = byId.get(previous.id());
                if (stored == null || stored.version() != previous.version()) {
                    return false;
                }
                byId.put(next.id(), next);
                return true;
            }
        }

        @Override
        public Optional<Petition> byId(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<Petition> byDepartment(String department) {
            return byId.values().stream().filter(p -> p.issuingDepartment().equals(department)).toList();
        }

        @Override
        public List<Petition> byFiler(String subject) {
            return byId.values().stream().filter(p -> p.filedBy().equals(subject)).toList();
        }

        @Override
        public List<Petition> openFor(String entryId) {
            return byId.values().stream().filter(p -> p.entryId().equals(entryId) && p.state() == Petition.State.OPEN)
                    .toList();
        }

        @Override
        public List<Petition> aboutEntries(java.util.Collection<String> entryIds) {
            return byId.values().stream().filter(p -> entryIds.contains(p.entryId())).toList();
        }

        @Override
        public List<Petition> open(@Nullable String afterId, int limit) {
            return byId.values().stream().filter(p -> p.state() == Petition.State.OPEN)
                    .filter(p -> afterId == null || p.id().compareTo(afterId) > 0)
                    .sorted(Comparator.comparing(Petition::id)).limit(limit).toList();
        }
    }
}
