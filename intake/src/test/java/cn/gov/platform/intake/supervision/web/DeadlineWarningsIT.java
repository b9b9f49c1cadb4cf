package cn.gov.platform.intake.supervision.web;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.intake.cases.application.CaseStore;
import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.catalogue.domain.Implementation;
import cn.gov.platform.intake.supervision.SupervisedCases;
import cn.gov.platform.intake.supervision.application.SupervisionService;
import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17, point 5, on a controlled clock: a submission waiting at the window and the steps of an
 * accepted case each have a clock; when they turn yellow and red the warning reaches, as one event
 * each on {@code intake.case-events} (which notifications turns into their inbox message and SMS),
 * the member of staff holding the step, the department's head, and for red also the supervisor.
 */
class DeadlineWarningsIT extends IntakeIT {

    /** 10:00 on Mon Mar 2, 2026 in Tongxin. */
    private static final Instant MAR_2 = Instant.parse("2026-03-02T02:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    CaseStore store;

    @Autowired
    SupervisionService supervision;

    @Autowired
    StringRedisTemplate redis;

    private final SupervisedCases cases = new SupervisedCases();

    @AfterEach
    void letTheClockRun() {
        TestClock.release();
    }

    /** identity's staff positions of the test's own department: its clerks, its head, the county's supervisor. */
    private static void positions(String department, String division) {
        holders("clerk", department, division, "[\"clerk-7\"]");
        holders("head", department, division, "[\"head-1\"]");
        IDENTITY.stubFor(get(urlPathEqualTo("/api/identity/internal/staff/holders")).atPriority(1)
                .withQueryParam("role", equalTo("supervisor")).withQueryParam("division", equalTo(division))
                .willReturn(okJson("{\"staff\":[\"supervisor-1\"]}")));
    }

    private static void holders(String role, String department, String division, String subjects) {
        IDENTITY.stubFor(get(urlPathEqualTo("/api/identity/internal/staff/holders")).atPriority(1)
                .withQueryParam("role", equalTo(role)).withQueryParam("department", equalTo(department))
                .withQueryParam("division", equalTo(division)).willReturn(okJson("{\"staff\":" + subjects + "}")));
    }

    /** The warnings about {@code itemId} on the stream: recipient, light and audience of each. */
    private List<String> warnings(String itemId) {
        return redis.opsForStream().range("intake.case-events", Range.unbounded()).stream().map(r -> r.getValue())
                .filter(v -> "DeadlineWarning".equals(v.get("type")))
                .map(v -> Map.entry(String.valueOf(v.get("recipientSubject")), JSON.readTree(String.valueOf(v.get("payload")))))
                .filter(e -> itemId.equals(e.getValue().path("itemId").asString()))
                .map(e -> e.getKey() + " " + e.getValue().path("light").asString() + " "
                        + e.getValue().path("audience").asString())
                .toList();
    }

    private void awaitOpen(String supervisorToken, String department, String itemId) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode items = api().get("/api/intake/supervision/items?department=" + department, supervisorToken)
                    .json().get("items");
            assertThat(items.findValuesAsString("id")).contains(itemId);
        });
    }

    @Test
    void theHandlersStepTurnsYellowThenRedAndTheHandlerTheHeadAndThenTheSupervisorAreTold() {
        TestClock.set(MAR_2);
        String division = SupervisedCases.township();
        String department = "it-warn-" + UUID.randomUUID().toString().substring(0, 8);
        Implementation where = SupervisedCases.department(division, department);
        positions(department, division);
        Case accepted = cases.accepted(where, "applicant-w", MAR_2);
        store.insert(accepted);
        String step = accepted.snapshot().id() + "/step/0";
        String supervisorToken = issuer().staffToken("demo-supervisor", division, "supervision", "supervisor");
        awaitOpen(supervisorToken, department, step);
        JsonNode item = api().get("/api/intake/supervision/items?kind=STEP&department=" + department, supervisorToken)
                .json().get("items").get(0);
        // 10 promised working days over 3 steps: the handler's step has 4, due Fri Mar 6.
        assertThat(item.get("dueOn").asString()).isEqualTo(Fixtures.calendar2026()
                .plusWorkingDays(java.time.LocalDate.of(2026, 3, 2), 4).toString());
        assertThat(item.get("step").asString()).isEqualTo("HANDLER");

        // Thursday: one working day left, yellow. The handler who accepted it and the head are told.
        TestClock.set(Instant.parse("2026-03-05T01:00:00Z"));
        supervision.warnDepartments();
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(warnings(step))
                .containsExactlyInAnyOrder("clerk-1 YELLOW HOLDER", "head-1 YELLOW HEAD"));

        // Monday: overdue, red; the supervisor above the township is told as well. Running again tells nobody twice.
        TestClock.set(Instant.parse("2026-03-09T01:00:00Z"));
        supervision.warnDepartments();
        supervision.warnDepartments();
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(warnings(step))
                .containsExactlyInAnyOrder("clerk-1 YELLOW HOLDER", "head-1 YELLOW HEAD", "clerk-1 RED HOLDER",
                        "head-1 RED HEAD", "supervisor-1 RED SUPERVISOR"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api().get("/api/intake/supervision/items?light=RED&kind=STEP&department=" + department, supervisorToken)
                        .json().get("items").findValuesAsString("id")).as("the overdue list").containsExactly(step));
    }

    @Test
    void aSubmissionNotAcceptedWithinTwoWorkingDaysIsOverdueAndTheDepartmentsClerksAreTold() {
        TestClock.set(MAR_2);
        String division = SupervisedCases.township();
        String department = "it-warn-" + UUID.randomUUID().toString().substring(0, 8);
        Implementation where = SupervisedCases.department(division, department);
        positions(department, division);
        Case waiting = cases.submitted(Fixtures.foodPermit(), where, "applicant-s", null, MAR_2);
        store.insert(waiting);
        String acceptance = waiting.snapshot().id() + "/acceptance";
        String supervisorToken = issuer().staffToken("demo-supervisor", division, "supervision", "supervisor");
        awaitOpen(supervisorToken, department, acceptance);

        // Due Wed Mar 4 (the default limit of two working days); on Thursday it is red.
        TestClock.set(Instant.parse("2026-03-05T01:00:00Z"));
        supervision.warnDepartments();
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(warnings(acceptance))
                .containsExactlyInAnyOrder("clerk-7 RED HOLDER", "head-1 RED HEAD", "supervisor-1 RED SUPERVISOR"));
        JsonNode queue = api().get("/api/intake/workbench/cases?state=SUBMITTED",
                issuer().staffToken("demo-clerk", division, department, "clerk")).json();
        assertThat(queue.toString()).contains("\"acceptanceDue\":\"2026-03-04\"");
    }
}
