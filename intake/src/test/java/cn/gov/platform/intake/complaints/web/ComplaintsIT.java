package cn.gov.platform.intake.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.intake.cases.application.CaseStore;
import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.supervision.SupervisedCases;
import cn.gov.platform.intake.supervision.application.SupervisionService;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestClock;
import cn.gov.platform.testkit.TestIssuer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Complaints about efficiency over HTTP, with the service's clock in the test's hands: a complaint
 * left unanswered turns red after 10 working days on the calendar.
 */
class ComplaintsIT extends IntakeIT {

    /** 10:00 on Mon Mar 2, 2026 in Tongxin; 10 working days later is Mon Mar 16. */
    static final Instant MAR_2 = Instant.parse("2026-03-02T02:00:00Z");

    @Autowired
    CaseStore store;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    SupervisionService supervision;

    @BeforeEach
    void onMarchSecond() {
        TestClock.set(MAR_2);
    }

    @AfterEach
    void letTheClockRun() {
        TestClock.release();
    }

    private Api.Reply file(String token, String key, String body) {
        return api().send("POST", "/api/intake/complaints", token, body, Map.of("Content-Type", "application/json",
                "Idempotency-Key", key));
    }

    private String supervisor() {
        return issuer().staffToken("demo-supervisor", COUNTY, "county-supervision", "supervisor");
    }

    private List<Map<Object, Object>> events(String complaintId) {
        return redis.opsForStream().range("intake.case-events", Range.unbounded()).stream().map(r -> r.getValue())
                .filter(v -> String.valueOf(v.get("payload")).contains(complaintId)).toList();
    }

    @Test
    void aComplaintLeftUnansweredTurnsRedAfterTenWorkingDaysAndTheDepartmentIsWarnedOnce() {
        String key = "cp-" + UUID.randomUUID();
        String body = "{\"department\":\"" + MARKET + "\",\"division\":\"" + COUNTY + "\",\"text\":\"窗口多次推诿，不予受理\"}";
        Api.Reply filed = file(citizen(), key, body);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        assertThat(filed.json().get("dueOn").asString()).isEqualTo("2026-03-16");
        assertThat(filed.json().get("light").asString()).isEqualTo("GREEN");
        assertThat(filed.body()).doesNotContain(TestIssuer.subjectOf("demo-citizen"));

        assertThat(file(citizen(), key, body).status()).as("a retry").isEqualTo(200);
        Api.Reply reused = file(citizen(), key, body.replace("推诿", "拖延"));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");

        TestClock.set(Instant.parse("2026-03-16T02:00:00Z"));
        assertThat(api().get("/api/intake/complaints/" + id, citizen()).json().get("light").asString())
                .isEqualTo("YELLOW");
        TestClock.set(Instant.parse("2026-03-17T02:00:00Z"));
        assertThat(api().get("/api/intake/complaints/" + id, citizen()).json().get("light").asString())
                .isEqualTo("RED");
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                api().get("/api/intake/supervision/items?light=RED&kind=COMPLAINT", supervisor()).json().get("items")
                        .findValuesAsString("id")).contains("complaint:" + id));
        assertThat(api().get("/api/intake/supervision/figures?from=2026-03&to=2026-03&department=" + MARKET,
                supervisor()).json().get("total").get("complaints").asLong()).isGreaterThanOrEqualTo(1);

        // The daily job warns the department once, however often it runs.
        assertThat(supervision.warnDepartments()).isGreaterThanOrEqualTo(1);
        supervision.warnDepartments();
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(events(id).stream()
                .filter(e -> e.get("type").equals("DeadlineWarning")).toList()).singleElement().satisfies(w -> {
                    assertThat(w).containsEntry("department", MARKET).doesNotContainKey("recipientSubject");
                    assertThat(String.valueOf(w.get("payload"))).contains("RED");
                }));

        // Answered late, by the department; the complainant is told.
        Api.Reply answered = api().post("/api/intake/complaints/" + id + "/answer", clerk(),
                "{\"answer\":\"经核实，已对窗口人员批评教育并限期整改\"}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().get("state").asString()).isEqualTo("ANSWERED");
        assertThat(answered.json().get("answeredOnTime").asBoolean()).isFalse();
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(events(id))
                .anySatisfy(e -> {
                    assertThat(e.get("type")).isEqualTo("ComplaintAnswered");
                    assertThat(e.get("recipientSubject")).isEqualTo(TestIssuer.subjectOf("demo-citizen"));
                }));
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                api().get("/api/intake/supervision/items?kind=COMPLAINT", supervisor()).json().get("items")
                        .findValuesAsString("id")).doesNotContain("complaint:" + id));
    }

    @Test
    void theDepartmentExtendsOnceWithinThirtyDaysAndOthersLearnNothing() {
        Api.Reply filed = file(citizen(), "cp-" + UUID.randomUUID(),
                "{\"department\":\"" + MARKET + "\",\"division\":\"" + COUNTY + "\",\"text\":\"审批超时\"}");
        String id = filed.json().get("id").asString();

        String stranger = issuer().token("demo-citizen2", "citizen");
        String otherDepartment = issuer().staffToken("civil-clerk", COUNTY, "county-civil-affairs", "clerk");
        for (String token : List.of(stranger, otherDepartment)) {
            assertThat(api().get("/api/intake/complaints/" + id, token).status()).isEqualTo(404);
            assertThat(api().post("/api/intake/complaints/" + id + "/answer", token, "{\"answer\":\"x\"}").status())
                    .isEqualTo(404);
        }
        assertThat(api().get("/api/intake/complaints", stranger).body()).doesNotContain(id);
        assertThat(api().get("/api/intake/complaints", citizen()).body()).contains(id);
        assertThat(api().get("/api/intake/workbench/complaints", clerk()).body()).contains(id);

        Api.Reply tooLate = api().post("/api/intake/complaints/" + id + "/extension", clerk(),
                "{\"reason\":\"需调取档案\",\"dueOn\":\"2026-04-02\"}");
        assertThat(tooLate.status()).isEqualTo(400);
        assertThat(tooLate.json().get("code").asString()).isEqualTo("INVALID_EXTENSION");
        Api.Reply extended = api().post("/api/intake/complaints/" + id + "/extension", clerk(),
                "{\"reason\":\"需调取档案\",\"dueOn\":\"2026-04-01\"}");
        assertThat(extended.status()).as(extended.body()).isEqualTo(200);
        assertThat(extended.json().get("state").asString()).isEqualTo("EXTENDED");
        assertThat(api().post("/api/intake/complaints/" + id + "/extension", clerk(),
                "{\"reason\":\"再延\",\"dueOn\":\"2026-04-01\"}").status()).isEqualTo(409);

        // A supervisor of the division may answer too.
        Api.Reply answered = api().post("/api/intake/complaints/" + id + "/answer", supervisor(), "{\"answer\":\"已督办\"}");
        assertThat(answered.json().get("answeredOnTime").asBoolean()).isTrue();
    }

    @Test
    void aComplaintAboutACaseNeedsTheCaseToBeTheComplainants() {
        Case c = new SupervisedCases().accepted(Fixtures.MARKET_REGULATION, TestIssuer.subjectOf("demo-citizen"), MAR_2);
        store.insert(c);
        String id = c.snapshot().id();
        Api.Reply notTheirs = file(issuer().token("demo-citizen2", "citizen"), "cp-" + UUID.randomUUID(),
                "{\"caseId\":\"" + id + "\",\"text\":\"慢\"}");
        assertThat(notTheirs.status()).isEqualTo(404);
        Api.Reply theirs = file(citizen(), "cp-" + UUID.randomUUID(), "{\"caseId\":\"" + id + "\",\"text\":\"慢\"}");
        assertThat(theirs.status()).as(theirs.body()).isEqualTo(201);
        assertThat(theirs.json().get("department").asString()).isEqualTo(MARKET);
        assertThat(theirs.json().get("caseNumber").asString()).isEqualTo(c.snapshot().lifecycle().number());

        assertThat(file(citizen(), "short", "{\"caseId\":\"" + id + "\",\"text\":\"慢\"}").status()).isEqualTo(400);
        assertThat(file(citizen(), "cp-" + UUID.randomUUID(), "{\"department\":\"nowhere\",\"division\":\"" + COUNTY
                + "\",\"text\":\"慢\"}").json().get("code").asString()).isEqualTo("UNKNOWN_DEPARTMENT");
        assertThat(file(citizen(), "cp-" + UUID.randomUUID(), "{\"text\":\"慢\"}").status()).isEqualTo(400);
    }
}
