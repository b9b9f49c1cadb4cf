package cn.gov.platform.intake.supervision.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.intake.cases.domain.CaseSnapshot;
import cn.gov.platform.intake.complaints.domain.Complaint;
import cn.gov.platform.intake.complaints.domain.ComplaintSnapshot;
import cn.gov.platform.intake.ratings.domain.RatingSnapshot;
import cn.gov.platform.intake.supervision.SupervisedCases;
import cn.gov.platform.intake.supervision.domain.Contribution;
import cn.gov.platform.intake.supervision.domain.Figures;
import cn.gov.platform.intake.supervision.domain.ItemKind;
import cn.gov.platform.intake.supervision.domain.Light;
import cn.gov.platform.intake.supervision.domain.LightPolicy;
import cn.gov.platform.intake.supervision.domain.OpenItem;
import cn.gov.platform.support.problem.PlatformException;
import cn.gov.platform.support.web.Caller;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SupervisionServiceTest {

    private static final Instant MAR_2 = Instant.parse("2026-03-02T02:00:00Z");

    /** Keeps the last contribution per source and refuses versions it has seen, as the real one does. */
    static final class InMemoryProjection implements SupervisionProjection {
        final Map<String, Long> versions = new HashMap<>();
        final Map<String, Contribution> current = new HashMap<>();
        int applied;

        @Override
        public boolean apply(String source, long version, Contribution contribution) {
            if (versions.getOrDefault(source, -1L) >= version) {
                return false;
            }
            versions.put(source, version);
            current.put(source, contribution);
            applied++;
            return true;
        }

        @Override
        public List<Figures.MonthRow> months(String p, YearMonth f, YearMonth t, @Nullable String d) {
            return List.of();
        }

        @Override
        public List<Figures.DueRow> due(String p, @Nullable String d) {
            return List.of();
        }

        @Override
        public List<OpenItem> open(String p, @Nullable String d, @Nullable ItemKind k, @Nullable LocalDate dueBy, int limit) {
            return current.values().stream().flatMap(c -> c.open().stream())
                    .filter(i -> dueBy == null || !i.dueOn().isAfter(dueBy)).toList();
        }

        @Override
        public Rebuild rebuild() {
            throw new UnsupportedOperationException();
        }
    }

    static final class Sources implements SupervisedSources {
        final Map<String, CaseSnapshot> cases = new HashMap<>();
        final Map<String, ComplaintSnapshot> complaints = new HashMap<>();

        @Override
        public Optional<CaseSnapshot> caseById(String id) {
            return Optional.ofNullable(cases.get(id));
        }

        @Override
        public Optional<RatingSnapshot> rating(String caseId) {
            return Optional.empty();
        }

        @Override
        public Optional<ComplaintSnapshot> complaint(String id) {
            return Optional.ofNullable(complaints.get(id));
        }

        @Override
        public void eachCase(Consumer<CaseSnapshot> action) {
            cases.values().forEach(action);
        }

        @Override
        public void eachRating(Consumer<RatingSnapshot> action) {
        }

        @Override
        public void eachComplaint(Consumer<ComplaintSnapshot> action) {
            complaints.values().forEach(action);
        }
    }

    private final InMemoryProjection projection = new InMemoryProjection();
    private final Sources sources = new Sources();
    private final Set<String> warned = new HashSet<>();
    private final List<Light> warnings = new ArrayList<>();
    private Clock clock = Clock.fixed(Instant.parse("2026-03-17T02:00:00Z"), ZoneOffset.UTC);

    private SupervisionService service() {
        return new SupervisionService(projection, sources, new Supervisors((s, r, d, v) -> true),
                (item, light, today, at) -> {
                    if (warned.add(item.id() + light + item.dueOn())) {
                        warnings.add(light);
                        return true;
                    }
                    return false;
                }, new LightPolicy(Fixtures.calendar2026(), 3), Fixtures.calendar2026(), clock,
                new SimpleMeterRegistry());
    }

    @Test
    void aCaseEventAppliesTheCasesContributionOnceWhateverItsType() {
        CaseSnapshot c = new SupervisedCases().accepted(Fixtures.MARKET_REGULATION, "citizen-1", MAR_2).snapshot()
                .withVersion(3);
        sources.cases.put(c.id(), c);
        SupervisionService s = service();

        s.onEvent("CaseAccepted", c.id(), Map.of());
        s.onEvent("CaseAccepted", c.id(), Map.of());
        s.onEvent("SomethingTheWorkflowAddsLater", c.id(), Map.of());

        assertThat(projection.applied).isEqualTo(1);
        assertThat(projection.current.get("case:" + c.id()).open()).hasSize(1);
    }

    @Test
    void complaintEventsRefreshTheComplaintAndWarningsChangeNothing() {
        LocalDate filed = LocalDate.of(2026, 3, 2);
        ComplaintSnapshot complaint = Complaint.file("cp-1", "citizen-1", "fp", new Complaint.Target(null, null, null,
                "640324000000", "county-market-regulation", "市场监管局"), "推诿", MAR_2, filed,
                Fixtures.calendar2026().plusWorkingDays(filed, 10)).snapshot().withVersion(1);
        sources.complaints.put("cp-1", complaint);
        SupervisionService s = service();

        s.onEvent("DeadlineWarning", null, Map.of("complaintId", "cp-1"));
        assertThat(projection.applied).isZero();
        s.onEvent("ComplaintFiled", null, Map.of("complaintId", "cp-1"));
        assertThat(projection.current.get("complaint:cp-1").open()).singleElement()
                .satisfies(i -> assertThat(i.dueOn()).isEqualTo(LocalDate.of(2026, 3, 16)));
    }

    @Test
    void theDepartmentIsWarnedOfRedAndYellowItemsOnceAndNeverOfGreenOnes() {
        LocalDate filed = LocalDate.of(2026, 3, 2);
        for (String id : List.of("late", "soon", "later")) {
            LocalDate due = switch (id) {
                case "late" -> LocalDate.of(2026, 3, 16);
                case "soon" -> LocalDate.of(2026, 3, 19);
                default -> LocalDate.of(2026, 4, 30);
            };
            sources.complaints.put(id, Complaint.file(id, "citizen-1", "fp", new Complaint.Target(null, null, null,
                    "640324000000", "d", "部门"), "推诿", MAR_2, filed, due).snapshot().withVersion(1));
        }
        SupervisionService s = service();
        sources.complaints.keySet().forEach(id -> s.onEvent("ComplaintFiled", null, Map.of("complaintId", id)));

        assertThat(s.warnDepartments()).isEqualTo(2);
        assertThat(warnings).containsExactlyInAnyOrder(Light.RED, Light.YELLOW);
        assertThat(s.warnDepartments()).as("a second run warns nobody twice").isZero();
    }

    @Test
    void figuresAreForSupervisorsOnly() {
        Caller clerk = new Caller("clerk-1", "demo-clerk", Set.of("clerk"), "640324000000", "market");
        assertThatThrownBy(() -> service().figures(clerk, null, null, null)).isInstanceOf(PlatformException.class);
        Caller supervisor = new Caller("sup-1", "demo-supervisor", Set.of("supervisor"), "640324000000", "supervision");
        assertThat(service().figures(supervisor, null, null, null).scope()).isEqualTo("640324");
    }
}
