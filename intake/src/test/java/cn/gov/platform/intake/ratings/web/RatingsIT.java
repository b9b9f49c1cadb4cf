package cn.gov.platform.intake.ratings.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.intake.cases.application.CaseStore;
import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.Verdict;
import cn.gov.platform.intake.supervision.SupervisedCases;
import cn.gov.platform.testkit.TestClock;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestIssuer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Ratings (好差评) over HTTP: once, by the principal, a poor one opens a supervised follow-up. */
class RatingsIT extends IntakeIT {

    @Autowired
    CaseStore store;

    @Autowired
    StringRedisTemplate redis;

    private final SupervisedCases cases = new SupervisedCases();

    private Api.Reply rate(String token, String id, String body) {
        return api().post("/api/intake/cases/" + id + "/rating", token, body);
    }

    private List<Map<Object, Object>> events(String caseId) {
        return redis.opsForStream().range("intake.case-events", Range.unbounded()).stream()
                .map(r -> r.getValue()).filter(v -> caseId.equals(v.get("caseId"))).toList();
    }

    @Test
    void aRatingOfOneOpensAFollowUpThatStaffHandleAndSupervisorsSee() {
        String principal = "rating-villager";
        Case c = cases.decided(Fixtures.MARKET_REGULATION, TestIssuer.subjectOf(principal),
                TestIssuer.subjectOf("rating-agent"), Verdict.APPROVE, TestClock.now());
        store.insert(c);
        String id = c.snapshot().id();
        String villager = issuer().token(principal, "citizen");

        Api.Reply byAgent = rate(issuer().token("rating-agent", "agent"), id, "{\"score\":5}");
        assertThat(byAgent.status()).isEqualTo(422);
        assertThat(byAgent.json().get("code").asString()).isEqualTo("ONLY_APPLICANT_RATES");
        assertThat(rate(citizen(), id, "{\"score\":5}").status()).as("someone else's case").isEqualTo(404);
        assertThat(rate(villager, id, "{\"score\":9}").status()).isEqualTo(400);

        Api.Reply rated = rate(villager, id, "{\"score\":1,\"comment\":\"等了很久\"}");
        assertThat(rated.status()).as(rated.body()).isEqualTo(201);
        assertThat(rated.json().get("followUp").get("state").asString()).isEqualTo("OPEN");
        assertThat(rated.json().get("followUp").get("dueOn").asString()).isNotBlank();
        assertThat(rated.body()).doesNotContain(TestIssuer.subjectOf(principal));

        assertThat(rate(villager, id, "{\"score\":1,\"comment\":\"等了很久\"}").status()).as("a retry").isEqualTo(200);
        Api.Reply again = rate(villager, id, "{\"score\":5}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("ALREADY_RATED");

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(events(id)).extracting(e -> e.get("type")).contains("CaseRated", "RatingFollowUpOpened"));
        Map<Object, Object> opened = events(id).stream().filter(e -> e.get("type").equals("RatingFollowUpOpened"))
                .findFirst().orElseThrow();
        assertThat(opened).containsEntry("department", MARKET).doesNotContainKey("recipientSubject");

        String supervisor = issuer().staffToken("demo-supervisor", COUNTY, "county-supervision", "supervisor");
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api().get("/api/intake/supervision/items?kind=FOLLOW_UP&department=" + MARKET, supervisor)
                        .json().get("items").findValuesAsString("id")).contains("followup:" + id));
        assertThat(api().get("/api/intake/workbench/follow-ups", clerk()).body()).contains(id);

        assertThat(api().post("/api/intake/cases/" + id + "/rating/follow-up", citizen(), "{\"note\":\"x\"}").status())
                .isEqualTo(404);
        Api.Reply handled = api().post("/api/intake/cases/" + id + "/rating/follow-up", clerk(),
                "{\"note\":\"已电话回访，说明延误原因并整改\"}");
        assertThat(handled.status()).as(handled.body()).isEqualTo(200);
        assertThat(handled.json().get("followUp").get("state").asString()).isEqualTo("HANDLED");
        assertThat(handled.json().get("followUp").get("onTime").asBoolean()).isTrue();
        assertThat(api().post("/api/intake/cases/" + id + "/rating/follow-up", clerk(), "{\"note\":\"再次\"}").status())
                .isEqualTo(409);

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api().get("/api/intake/supervision/items?kind=FOLLOW_UP&department=" + MARKET, supervisor)
                        .json().get("items").findValuesAsString("id")).doesNotContain("followup:" + id));
        assertThat(api().get("/api/intake/cases/" + id + "/rating", villager).json().get("score").asInt()).isEqualTo(1);
        assertThat(api().get("/api/intake/cases/" + id + "/rating", citizen()).status()).isEqualTo(404);
    }

    @Test
    void aCaseStillUnderWayCannotBeRated() {
        String principal = "rating-citizen-2";
        Case c = cases.accepted(Fixtures.MARKET_REGULATION, TestIssuer.subjectOf(principal), TestClock.now());
        store.insert(c);
        Api.Reply reply = rate(issuer().token(principal, "citizen"), c.snapshot().id(), "{\"score\":4}");
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("code").asString()).isEqualTo("CASE_NOT_FINISHED");
    }
}
