package cn.gov.platform.intake.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.intake.cases.application.CaseStore;
import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.Verdict;
import cn.gov.platform.intake.catalogue.domain.Implementation;
import cn.gov.platform.intake.supervision.SupervisedCases;
import cn.gov.platform.testkit.TestClock;
import cn.gov.platform.testkit.Api;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The supervisor's figures against cases whose numbers the test knows, through the event stream. */
class SupervisionIT extends IntakeIT {

    @Autowired
    CaseStore store;

    private final SupervisedCases cases = new SupervisedCases();

    private String supervisor(String division) {
        return issuer().staffToken("demo-supervisor", division, "supervision", "supervisor");
    }

    private JsonNode figures(String token, String query) {
        Api.Reply reply = api().get("/api/intake/supervision/figures" + query, token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode department(JsonNode figures, String department) {
        for (JsonNode d : figures.get("departments")) {
            if (d.get("department").asString().equals(department)) {
                return d;
            }
        }
        return null;
    }

    @Test
    void aTownshipSupervisorsFiguresMatchTheCasesExactlyAndShowOnlyTheTownship() {
        String township = SupervisedCases.township();
        String village = township.substring(0, 9) + "201";
        String dept = "it-dept-" + UUID.randomUUID().toString().substring(0, 8);
        Implementation town = SupervisedCases.department(township, dept);
        Implementation villagePoint = SupervisedCases.department(village, dept);
        Instant now = TestClock.now();
        // Open: three at the township, one at its village. Decided this month: two approved, one
        // rejected (all on time, decided the day they were accepted), one immediate item at the window.
        for (int i = 0; i < 3; i++) {
            store.insert(cases.accepted(town, "applicant-" + i, now));
        }
        store.insert(cases.accepted(villagePoint, "applicant-v", now));
        store.insert(cases.decided(town, "applicant-a", null, Verdict.APPROVE, now));
        store.insert(cases.decided(town, "applicant-b", null, Verdict.APPROVE, now));
        store.insert(cases.decided(town, "applicant-c", null, Verdict.REJECT, now));
        store.insert(cases.decidedAtWindow(town, "applicant-d", now));
        // Another township's case must not show.
        String elsewhere = SupervisedCases.township();
        Case other = cases.accepted(SupervisedCases.department(elsewhere.equals(township) ? "640324399000" : elsewhere,
                dept), "applicant-x", now);
        store.insert(other);

        String month = YearMonth.from(now.atZone(ZoneId.of("Asia/Shanghai"))).toString();
        String token = supervisor(township);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode f = figures(token, "?from=" + month + "&to=" + month);
            assertThat(f.get("total").get("decided").asLong()).isEqualTo(4);
            // Each accepted case is open twice: the case, and the first step of its chain (issue 17).
            assertThat(f.get("total").get("open").get("green").asLong()
                    + f.get("total").get("open").get("yellow").asLong()).isEqualTo(8);
        });

        JsonNode f = figures(token, "?from=" + month + "&to=" + month);
        assertThat(f.get("scope").asString()).isEqualTo(township.substring(0, 9));
        JsonNode total = f.get("total");
        assertThat(total.get("onTimeRate").asDouble()).isEqualTo(1.0);
        assertThat(total.get("immediateShare").asDouble()).isEqualTo(0.25);
        assertThat(total.get("averageWorkingDays").asDouble()).isEqualTo(0.0);
        assertThat(total.get("open").get("red").asLong()).isZero();
        assertThat(f.get("departments")).hasSize(2);
        assertThat(f.get("levels")).hasSize(2);
        JsonNode townshipLevel = f.get("levels").get(0);
        assertThat(townshipLevel.get("level").asString()).isEqualTo("TOWNSHIP");
        assertThat(townshipLevel.get("figures").get("decided").asLong()).isEqualTo(4);
        assertThat(townshipLevel.get("figures").get("open").get("green").asLong()
                + townshipLevel.get("figures").get("open").get("yellow").asLong()).isEqualTo(6);
        JsonNode villageLevel = f.get("levels").get(1);
        assertThat(villageLevel.get("level").asString()).isEqualTo("VILLAGE");
        assertThat(villageLevel.get("figures").get("decided").asLong()).isZero();
        assertThat(f.get("months")).singleElement().satisfies(m -> {
            assertThat(m.get("month").asString()).isEqualTo(month);
            assertThat(m.get("figures").get("decided").asLong()).isEqualTo(4);
        });

        // The open items, with their lights, and nothing of the other township.
        JsonNode items = api().get("/api/intake/supervision/items?kind=CASE&department=" + dept, token).json();
        assertThat(items.get("count").asInt()).isEqualTo(4);
        assertThat(items.get("items").findValuesAsString("kind")).containsOnly("CASE");
        assertThat(items.get("items").findValuesAsString("caseId")).doesNotContain(other.snapshot().id());

        // The village's supervisor sees the village alone; the county's sees both townships.
        JsonNode villageOnly = figures(supervisor(village), "?from=" + month + "&to=" + month);
        assertThat(villageOnly.get("total").get("decided").asLong()).isZero();
        assertThat(villageOnly.get("departments")).hasSize(1);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode county = figures(supervisor(COUNTY), "?from=" + month + "&to=" + month + "&department=" + dept);
            assertThat(county.get("departments")).hasSize(3);
        });
    }

    @Test
    void onlyConfirmedSupervisorsSeeFigures() {
        Api.Reply citizen = api().get("/api/intake/supervision/figures", citizen());
        assertThat(citizen.status()).isEqualTo(403);
        assertThat(citizen.json().get("code").asString()).isEqualTo("SUPERVISOR_ROLE_REQUIRED");
        assertThat(api().get("/api/intake/supervision/figures", clerk()).status()).isEqualTo(403);
        assertThat(api().get("/api/intake/supervision/figures", null).status()).isEqualTo(401);

        IDENTITY.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/identity/internal/staff/check"))
                .atPriority(1).willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        "{\"allowed\":false,\"reason\":\"NO_SUCH_POST\"}")));
        assertThat(api().get("/api/intake/supervision/figures", supervisor(COUNTY)).status())
                .as("a token alone is not enough").isEqualTo(403);
    }

    @Test
    void aBadPeriodIsABadRequest() {
        Api.Reply reply = api().get("/api/intake/supervision/figures?from=2026-05&to=2026-03", supervisor(COUNTY));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("code").asString()).isEqualTo("INVALID_PERIOD");
        assertThat(api().get("/api/intake/supervision/figures?from=May", supervisor(COUNTY)).status()).isEqualTo(400);
    }

    @Test
    void theRebuildGivesTheSameFiguresAndIsForAdministrators() {
        String township = SupervisedCases.township();
        String dept = "it-dept-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = TestClock.now();
        store.insert(cases.accepted(SupervisedCases.department(township, dept), "applicant-r", now));
        store.insert(cases.decided(SupervisedCases.department(township, dept), "applicant-s", null, Verdict.APPROVE, now));
        String token = supervisor(township);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode total = figures(token, "").get("total");
            assertThat(total.get("decided").asLong()).isEqualTo(1);
            assertThat(total.get("open").get("green").asLong() + total.get("open").get("yellow").asLong())
                    .as("the accepted case and its first step").isEqualTo(2);
        });
        JsonNode before = figures(token, "").get("total");

        assertThat(api().post("/api/intake/supervision/rebuild", supervisor(COUNTY), "{}").status()).isEqualTo(403);
        Api.Reply rebuilt = api().post("/api/intake/supervision/rebuild", issuer().token("demo-admin", "admin"), "{}");
        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
        assertThat(rebuilt.json().get("sources").asLong()).isGreaterThanOrEqualTo(2);

        assertThat(figures(token, "").get("total")).isEqualTo(before);
    }

    @Test
    void theBenchmarksCaseGeneratorIsNotThereUnlessTheBenchmarkSwitchIsOn() {
        // It writes cases in bulk straight into the store: on a running platform nobody may call it.
        for (String token : new String[] {supervisor(COUNTY), issuer().token("demo-admin", "admin"),
                issuer().token("demo-citizen", "citizen")}) {
            Api.Reply reply = api().post("/api/intake/supervision/bench/generate?count=1", token, "");

            assertThat(reply.status()).as(reply.body()).isEqualTo(404);
            assertThat(reply.isProblem()).isTrue();
        }
        assertThat(api().get("/api/intake/v3/api-docs", null).body()).doesNotContain("/bench/generate");
    }
}
