package cn.gov.platform.intake.supervision.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.intake.cases.application.CaseQueries;
import cn.gov.platform.intake.cases.domain.CaseRecord;
import cn.gov.platform.intake.complaints.application.ComplaintStore;
import cn.gov.platform.intake.complaints.application.ComplaintsUnderSupervision;
import cn.gov.platform.intake.complaints.domain.Complaint;
import cn.gov.platform.intake.complaints.domain.ComplaintSnapshot;
import cn.gov.platform.intake.supervision.SupervisedCases;
import cn.gov.platform.intake.supervision.domain.Contribution;
import cn.gov.platform.intake.supervision.domain.Figures;
import cn.gov.platform.intake.supervision.domain.ItemKind;
import cn.gov.platform.intake.supervision.domain.Light;
import cn.gov.platform.intake.supervision.domain.LightPolicy;
import cn.gov.platform.intake.supervision.domain.OpenItem;
import cn.gov.platform.intake.supervision.domain.WarningAudience.Audience;
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

    /** Cases as the case feature's port hands them out, held in memory. */
    static final class Cases implements CaseQueries {
        final Map<String, CaseRecord> cases = new HashMap<>();

        @Override
        public Optional<CaseRecord> find(String id) {
            return Optional.ofNullable(cases.get(id));
        }

        @Override
        public Optional<CaseRecord> ofApplicantSide(String caseId, String subject) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CaseRecord visibleTo(Caller caller, String caseId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CaseRecord visibleTo(Caller caller, cn.gov.platform.support.acting.EnterpriseMember acting, String caseId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CaseRecord actedOnBy(Caller caller, String caseId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void each(Consumer<CaseRecord> action) {
            cases.values().forEach(action);
        }
    }

    /** Complaints held in memory; supervision reads them as the complaint feature provides them. */
    static final class Complaints implements ComplaintStore {
        final Map<String, ComplaintSnapshot> complaints = new HashMap<>();

        @Override
        public Optional<ComplaintSnapshot> find(String id) {
            return Optional.ofNullable(complaints.get(id));
        }

        @Override
        public void each(Consumer<ComplaintSnapshot> action) {
            complaints.values().forEach(action);
        }

        @Override
        public boolean insert(Complaint complaint) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean save(Complaint complaint) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ComplaintSnapshot> ofComplainant(String subject, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ComplaintSnapshot> against(String division, String department, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> filedAndDue(LocalDate filedBy, LocalDate dueFrom, @Nullable String afterId, int limit) {
            throw new UnsupportedOperationException();
        }
    }

    private final InMemoryProjection projection = new InMemoryProjection();
    private final Cases cases = new Cases();
    private final Complaints complaints = new Complaints();
    private final Set<String> warned = new HashSet<>();
    private final List<Light> warnings = new ArrayList<>();
    /** Who was told of each warning, by item id and light. */
    private final Map<String, Map<String, Audience>> told = new HashMap<>();
    /** Identity's staff positions: "role|department|division" to subjects. */
    private final Map<String, List<String>> positions = new HashMap<>();
    private boolean identityDown;
    private Clock clock = Clock.fixed(Instant.parse("2026-03-17T02:00:00Z"), ZoneOffset.UTC);

    private SupervisionService service() {
        DeadlineWarnings recorded = new DeadlineWarnings() {
            @Override
            public boolean warned(OpenItem item, Light light) {
                return warned.contains(item.id() + light + item.dueOn());
            }

            @Override
            public boolean warnOnce(OpenItem item, Light light, Map<String, Audience> recipients, LocalDate today,
                    Instant at) {
                if (warned.add(item.id() + light + item.dueOn())) {
                    warnings.add(light);
                    told.put(item.id() + "|" + light, recipients);
                    return true;
                }
                return false;
            }
        };
        StaffDirectory directory = (role, department, division) -> {
            if (identityDown) {
                throw new StaffDirectory.Unavailable("identity is down", null);
            }
            return positions.getOrDefault(role + "|" + department + "|" + division, List.of());
        };
        return new SupervisionService(projection, new CasesUnderSupervision(cases, Fixtures.calendar2026()),
                List.of(new ComplaintsUnderSupervision(complaints)), new Supervisors((s, r, d, v) -> true),
                recorded, directory, new LightPolicy(Fixtures.calendar2026(), 3), clock, new SimpleMeterRegistry());
    }

    @Test
    void aCaseEventAppliesTheCasesContributionOnceWhateverItsType() {
        CaseRecord c = CaseRecord.of(new SupervisedCases().accepted(Fixtures.MARKET_REGULATION, "citizen-1", MAR_2)
                .snapshot().withVersion(3));
        cases.cases.put(c.id(), c);
        SupervisionService s = service();

        s.onEvent("CaseAccepted", c.id(), Map.of());
        s.onEvent("CaseAccepted", c.id(), Map.of());
        s.onEvent("SomethingTheWorkflowAddsLater", c.id(), Map.of());

        assertThat(projection.applied).isEqualTo(1);
        assertThat(projection.current.get("case:" + c.id()).open()).extracting(OpenItem::kind)
                .containsExactlyInAnyOrder(ItemKind.CASE, ItemKind.STEP);
    }

    @Test
    void complaintEventsRefreshTheComplaintAndWarningsChangeNothing() {
        LocalDate filed = LocalDate.of(2026, 3, 2);
        ComplaintSnapshot complaint = Complaint.file("cp-1", "citizen-1", "fp", new Complaint.Target(null, null, null,
                "640324000000", "county-market-regulation", "市场监管局"), "推诿", MAR_2, filed,
                Fixtures.calendar2026().plusWorkingDays(filed, 10)).snapshot().withVersion(1);
        complaints.complaints.put("cp-1", complaint);
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
            complaints.complaints.put(id, Complaint.file(id, "citizen-1", "fp", new Complaint.Target(null, null, null,
                    "640324000000", "d", "部门"), "推诿", MAR_2, filed, due).snapshot().withVersion(1));
        }
        SupervisionService s = service();
        complaints.complaints.keySet().forEach(id -> s.onEvent("ComplaintFiled", null, Map.of("complaintId", id)));

        assertThat(s.warnDepartments()).isEqualTo(2);
        assertThat(warnings).containsExactlyInAnyOrder(Light.RED, Light.YELLOW);
        assertThat(s.warnDepartments()).as("a second run warns nobody twice").isZero();
    }

    private void complaintDue(String id, LocalDate due) {
        complaints.complaints.put(id, Complaint.file(id, "citizen-1", "fp", new Complaint.Target(null, null, null,
                "640324000000", "d", "部门"), "推诿", MAR_2, LocalDate.of(2026, 3, 2), due).snapshot().withVersion(1));
    }

    @Test
    void aYellowItemIsToldToWhoeverHoldsItAndTheHeadARedOneAlsoToTheSupervisors() {
        positions.put("clerk|d|640324000000", List.of("clerk-1", "clerk-2"));
        positions.put("head|d|640324000000", List.of("head-1"));
        positions.put("supervisor|null|640324000000", List.of("supervisor-1"));
        complaintDue("late", LocalDate.of(2026, 3, 16));
        complaintDue("soon", LocalDate.of(2026, 3, 19));
        SupervisionService s = service();
        complaints.complaints.keySet().forEach(id -> s.onEvent("ComplaintFiled", null, Map.of("complaintId", id)));

        assertThat(s.warnDepartments()).isEqualTo(2);

        assertThat(told.get("complaint:soon|YELLOW")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "clerk-1", Audience.HOLDER, "clerk-2", Audience.HOLDER, "head-1", Audience.HEAD));
        assertThat(told.get("complaint:late|RED")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "clerk-1", Audience.HOLDER, "clerk-2", Audience.HOLDER, "head-1", Audience.HEAD,
                "supervisor-1", Audience.SUPERVISOR));
    }

    @Test
    void someoneInTwoGroupsIsToldOnceAsTheFirst() {
        positions.put("clerk|d|640324000000", List.of("both-1"));
        positions.put("head|d|640324000000", List.of("both-1"));
        complaintDue("soon", LocalDate.of(2026, 3, 19));
        SupervisionService s = service();
        s.onEvent("ComplaintFiled", null, Map.of("complaintId", "soon"));

        s.warnDepartments();

        assertThat(told.get("complaint:soon|YELLOW")).containsExactly(Map.entry("both-1", Audience.HOLDER));
    }

    @Test
    void theHandlerWhoAcceptedACaseIsToldOfItsStepByName() {
        positions.put("head|county-market-regulation|640324000000", List.of("head-1"));
        CaseRecord c = CaseRecord.of(new SupervisedCases().accepted(Fixtures.MARKET_REGULATION, "citizen-1", MAR_2)
                .snapshot().withVersion(3));
        cases.cases.put(c.id(), c);
        // The first step (4 of the 10 promised working days) is red a week later.
        clock = Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), ZoneOffset.UTC);
        SupervisionService s = service();
        s.onEvent("CaseAccepted", c.id(), Map.of());

        s.warnDepartments();

        assertThat(told.get(c.id() + "/step/0|RED")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "clerk-1", Audience.HOLDER, "head-1", Audience.HEAD));
    }

    @Test
    void whenIdentityCannotNameTheRecipientsTheWarningWaitsForTheNextRound() {
        positions.put("clerk|d|640324000000", List.of("clerk-1"));
        complaintDue("soon", LocalDate.of(2026, 3, 19));
        SupervisionService s = service();
        s.onEvent("ComplaintFiled", null, Map.of("complaintId", "soon"));
        identityDown = true;

        assertThat(s.warnDepartments()).isZero();
        assertThat(told).isEmpty();

        identityDown = false;
        assertThat(s.warnDepartments()).isEqualTo(1);
        assertThat(told.get("complaint:soon|YELLOW")).containsOnlyKeys("clerk-1");
    }

    @Test
    void anItemNobodyHoldsAPositionForIsStillRecordedForTheDepartment() {
        complaintDue("soon", LocalDate.of(2026, 3, 19));
        SupervisionService s = service();
        s.onEvent("ComplaintFiled", null, Map.of("complaintId", "soon"));

        assertThat(s.warnDepartments()).isEqualTo(1);
        assertThat(told.get("complaint:soon|YELLOW")).isEmpty();
    }

    @Test
    void figuresAreForSupervisorsOnly() {
        Caller clerk = new Caller("clerk-1", "demo-clerk", Set.of("clerk"), "640324000000", "market");
        assertThatThrownBy(() -> service().figures(clerk, null, null, null)).isInstanceOf(PlatformException.class);
        Caller supervisor = new Caller("sup-1", "demo-supervisor", Set.of("supervisor"), "640324000000", "supervision");
        assertThat(service().figures(supervisor, null, null, null).scope()).isEqualTo("640324");
    }
}
