package cn.gov.platform.intake.calendar.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.intake.calendar.domain.CalendarStamp;
import cn.gov.platform.intake.calendar.domain.Recomputation;
import cn.gov.platform.intake.calendar.domain.RecomputationState;
import cn.gov.platform.kernel.calendar.CalendarYear;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The sweep that brings open deadlines onto a published year: one at a time, resumable, on the right version. */
class RecomputationServiceTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-24T02:00:00Z"), ZoneOffset.UTC);
    static final CalendarYear V1 = Fixtures.official2027(1, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 4));
    static final CalendarYear V2 = Fixtures.official2027(2, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 5));

    final Jobs jobs = new Jobs();
    final Years years = new Years();
    final WorkingDayCalendar calendar = Fixtures.calendarWith();
    final Source cases = new Source("cases");
    final Source complaints = new Source("complaints");
    final Broadcast broadcast = new Broadcast();
    final Lock lease = new Lock();

    RecomputationService service(int batch) {
        // Given in the wrong order on purpose: sources are worked through by name.
        return new RecomputationService(jobs, years, List.of(complaints, cases), calendar, broadcast, lease, batch,
                CLOCK, new SimpleMeterRegistry());
    }

    void publish(CalendarYear y) {
        years.held.add(y);
    }

    @Test
    void aPublicationWithoutAJobGetsOneAndEveryOpenItemIsExaminedOnceOnThatVersion() {
        publish(V1);
        cases.items("c-1", "c-2", "c-3");
        cases.changing("c-2");
        complaints.items("k-1");

        int examined = service(100).sweep();

        Recomputation job = jobs.find(2027, 1).orElseThrow();
        assertThat(job.state()).isEqualTo(RecomputationState.DONE);
        assertThat(job.examined()).isEqualTo(4);
        assertThat(job.changed()).isEqualTo(1);
        assertThat(examined).isEqualTo(4);
        assertThat(cases.seen).containsExactly("c-1@2027:1", "c-2@2027:1", "c-3@2027:1");
        assertThat(complaints.seen).containsExactly("k-1@2027:1");
        assertThat(broadcast.reloads).as("this instance was behind: it reloaded before counting").isEqualTo(1);
        assertThat(lease.held).isFalse();
    }

    @Test
    void aRoundDoesAtMostItsBatchAndTheNextResumesWhereItStopped() {
        publish(V1);
        calendar.replace(List.of(Fixtures.official2026(), V1));
        cases.items("c-1", "c-2", "c-3", "c-4", "c-5");

        service(2).sweep();
        Recomputation half = jobs.find(2027, 1).orElseThrow();
        assertThat(half.state()).isEqualTo(RecomputationState.RUNNING);
        assertThat(half.cursor()).isEqualTo("c-2");

        service(2).sweep();
        service(2).sweep();
        service(2).sweep();

        assertThat(cases.seen).containsExactly("c-1@2027:1", "c-2@2027:1", "c-3@2027:1", "c-4@2027:1", "c-5@2027:1");
        assertThat(jobs.find(2027, 1).orElseThrow().state()).isEqualTo(RecomputationState.DONE);
    }

    @Test
    void anItemBusyWithSomeoneElseIsLeftForTheNextRoundWithoutLosingItsPlace() {
        publish(V1);
        calendar.replace(List.of(Fixtures.official2026(), V1));
        cases.items("c-1", "c-2", "c-3");
        cases.busyOnce("c-2");

        service(100).sweep();
        assertThat(jobs.find(2027, 1).orElseThrow().cursor()).isEqualTo("c-1");
        service(100).sweep();

        assertThat(cases.seen).containsExactly("c-1@2027:1", "c-2@2027:1", "c-2@2027:1", "c-3@2027:1");
        assertThat(jobs.find(2027, 1).orElseThrow().state()).isEqualTo(RecomputationState.DONE);
    }

    @Test
    void aNewerVersionSupersedesTheOlderJobAndOnlyItsOwnJobRecomputes() {
        publish(V1);
        jobs.create(Recomputation.open(new CalendarStamp(2027, 1), CLOCK.instant()));
        publish(V2);
        calendar.replace(List.of(Fixtures.official2026(), V2));
        cases.items("c-1");

        service(100).sweep();

        assertThat(jobs.find(2027, 1).orElseThrow().state()).isEqualTo(RecomputationState.SUPERSEDED);
        assertThat(jobs.find(2027, 2).orElseThrow().state()).isEqualTo(RecomputationState.DONE);
        assertThat(cases.seen).containsExactly("c-1@2027:2");
    }

    @Test
    void nothingIsCountedWhileThisInstanceCannotReadTheVersionYet() {
        publish(V1);
        broadcast.canReload = false;
        cases.items("c-1");

        service(100).sweep();

        assertThat(cases.seen).isEmpty();
        assertThat(jobs.find(2027, 1).orElseThrow().state()).isEqualTo(RecomputationState.PENDING);
    }

    @Test
    void anInstanceWithoutTheLeaseDoesNothing() {
        publish(V1);
        lease.otherHolds = true;
        cases.items("c-1");

        assertThat(service(100).sweep()).isZero();
        assertThat(jobs.all).isEmpty();
        assertThat(cases.seen).isEmpty();
    }

    // --- stand-ins -------------------------------------------------------------------------------------

    final class Broadcast implements CalendarBroadcast {
        int reloads;
        boolean canReload = true;

        @Override
        public void announce() {
        }

        @Override
        public void reload() {
            reloads++;
            if (canReload) {
                calendar.replace(List.of(Fixtures.official2026(), years.held.getLast()));
            }
        }
    }

    static final class Lock implements Lease {
        boolean held;
        boolean otherHolds;

        @Override
        public boolean acquire() {
            held = !otherHolds;
            return held;
        }

        @Override
        public void release() {
            held = false;
        }
    }

    final class Source implements OpenDeadlines {
        final String name;
        final List<String> ids = new ArrayList<>();
        final List<String> seen = new ArrayList<>();
        final List<String> changing = new ArrayList<>();
        final List<String> busy = new ArrayList<>();

        Source(String name) {
            this.name = name;
        }

        void items(String... given) {
            ids.addAll(List.of(given));
        }

        void changing(String id) {
            changing.add(id);
        }

        void busyOnce(String id) {
            busy.add(id);
        }

        @Override
        public String source() {
            return name;
        }

        @Override
        public List<String> candidates(int year, @Nullable String afterId, int limit) {
            return ids.stream().filter(id -> afterId == null || id.compareTo(afterId) > 0).limit(limit).toList();
        }

        @Override
        public Outcome recompute(String id, CalendarStamp stamp) {
            assertThat(calendar.year(stamp.year()).version()).as("counted on the version named").isEqualTo(stamp.version());
            seen.add(id + "@" + stamp.year() + ":" + stamp.version());
            if (busy.remove(id)) {
                return Outcome.BUSY;
            }
            return changing.contains(id) ? Outcome.CHANGED : Outcome.UNCHANGED;
        }
    }

    static final class Jobs implements Recomputations {
        final Map<String, Recomputation> all = new TreeMap<>();

        @Override
        public boolean create(Recomputation job) {
            return all.putIfAbsent(job.id(), job) == null;
        }

        @Override
        public boolean save(Recomputation job) {
            Recomputation stored = all.get(job.id());
            if (stored == null || stored.version() != job.version()) {
                return false;
            }
            all.put(job.id(), new Recomputation(job.id(), job.version() + 1, job.year(), job.calendarVersion(),
                    job.state(), job.source(), job.cursor(), job.examined(), job.changed(), job.createdAt(),
                    job.startedAt(), job.finishedAt()));
            return true;
        }

        @Override
        public Optional<Recomputation> find(int year, int calendarVersion) {
            return Optional.ofNullable(all.get(Recomputation.idOf(year, calendarVersion)));
        }

        @Override
        public List<Recomputation> unfinished(int limit) {
            return all.values().stream().filter(j -> !j.state().isFinished()).limit(limit).toList();
        }

        @Override
        public List<Recomputation> ofYear(int year) {
            return all.values().stream().filter(j -> j.year() == year).toList();
        }

        @Override
        public List<String> ids() {
            return List.copyOf(all.keySet());
        }
    }

    static final class Years implements CalendarYears {
        final List<CalendarYear> held = new ArrayList<>();

        @Override
        public Insert insert(CalendarYear year, @Nullable String requestId, String fingerprint) {
            held.add(year);
            return Insert.STORED;
        }

        @Override
        public Optional<Stored> byRequest(String requestId) {
            return Optional.empty();
        }

        @Override
        public Optional<CalendarYear> newest(int year) {
            return newestOfEach().stream().filter(y -> y.year() == year).findFirst();
        }

        @Override
        public Optional<CalendarYear> version(int year, int version) {
            return held.stream().filter(y -> y.year() == year && y.version() == version).findFirst();
        }

        @Override
        public List<CalendarYear> versions(int year) {
            return held.stream().filter(y -> y.year() == year).toList();
        }

        @Override
        public List<CalendarYear> newestOfEach() {
            Map<Integer, CalendarYear> newest = new HashMap<>();
            held.forEach(y -> newest.merge(y.year(), y, (a, b) -> a.version() >= b.version() ? a : b));
            return List.copyOf(newest.values());
        }
    }
}
