package cn.gov.platform.intake.petitions.web;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestClock;
import cn.gov.platform.testkit.TestIssuer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import tools.jackson.databind.JsonNode;

/** Petitions (信访, issue 19, point 3) through the API, on a controlled clock. */
class PetitionsIT extends IntakeIT {

    /** 10:00 on Mon Mar 2, 2026 in Tongxin. */
    private static final Instant MAR_2 = Instant.parse("2026-03-02T02:00:00Z");

    @Autowired
    StringRedisTemplate redis;

    @BeforeEach
    void onMarchSecond() {
        TestClock.set(MAR_2);
    }

    @AfterEach
    void letTheClockRun() {
        TestClock.release();
    }

    private Api.Reply file(String token, String key, String body) {
        return api().send("POST", "/api/intake/petitions", token, body, Map.of("Content-Type", "application/json",
                "Idempotency-Key", key));
    }

    private String supervisor() {
        return issuer().staffToken("demo-supervisor", COUNTY, "county-supervision", "supervisor");
    }

    private List<String> eventsOf(String petitionId) {
        return redis.opsForStream().range("intake.case-events", Range.unbounded()).stream().map(r -> r.getValue())
                .filter(v -> String.valueOf(v.get("payload")).contains(petitionId))
                .map(v -> v.get("type") + " to " + v.get("recipientSubject")).toList();
    }

    private static final String BODY = "{\"department\":\"" + MARKET + "\",\"division\":\"" + COUNTY
            + "\",\"text\":\"反映某食品店无证经营，请求查处。\"}";

    @Test
    void aPetitionFiledOnlineIsAcceptedExtendedOnceAndAnsweredInTimeAndThePetitionerIsToldOfEachStep() {
        String key = "pt-" + UUID.randomUUID();
        Api.Reply filed = file(citizen(), key, BODY);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        assertThat(filed.json().get("state").asString()).isEqualTo("RECEIVED");
        assertThat(filed.json().get("channel").asString()).isEqualTo("ONLINE");
        assertThat(filed.json().get("departmentName").asString()).isEqualTo("同心县市场监督管理局");
        assertThat(filed.json().get("acceptanceDue").asString())
                .isEqualTo(Fixtures.calendar2026().plusWorkingDays(LocalDate.of(2026, 3, 2), 15).toString());
        assertThat(filed.body()).doesNotContain(TestIssuer.subjectOf("demo-citizen"));

        assertThat(file(citizen(), key, BODY).status()).as("a retry").isEqualTo(200);
        Api.Reply reused = file(citizen(), key, BODY.replace("无证", "超范围"));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");

        // The department's staff find it; another citizen and another department's staff do not.
        assertThat(api().get("/api/intake/workbench/petitions", clerk()).json().get("items").findValuesAsString("id"))
                .contains(id);
        assertThat(api().get("/api/intake/petitions/" + id, issuer().token("demo-citizen2", "citizen")).status())
                .isEqualTo(404);
        String otherClerk = issuer().staffToken("demo-township-clerk", "640324100000", "yuhai-town-service-center",
                "clerk");
        Api.Reply notTheirs = api().post("/api/intake/petitions/" + id + "/decision", otherClerk,
                "{\"accept\":true,\"note\":\"受理\"}");
        assertThat(notTheirs.status()).isEqualTo(404);

        TestClock.set(Instant.parse("2026-03-04T02:00:00Z"));
        Api.Reply accepted = api().post("/api/intake/petitions/" + id + "/decision", clerk(),
                "{\"accept\":true,\"note\":\"予以受理，转执法大队核查。\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("state").asString()).isEqualTo("ACCEPTED");
        JsonNode notice = accepted.json().get("notice");
        assertThat(notice.get("number").asString()).startsWith("XF-2026-");
        assertThat(notice.get("accepted").asBoolean()).isTrue();
        assertThat(notice.get("onTime").asBoolean()).isTrue();
        LocalDate due = Fixtures.calendar2026().plusWorkingDays(LocalDate.of(2026, 3, 4), 15);
        assertThat(accepted.json().get("dueOn").asString()).isEqualTo(due.toString());

        Api.Reply extended = api().post("/api/intake/petitions/" + id + "/extension", reviewer(),
                "{\"reason\":\"需要会同住建部门现场核查。\"}");
        assertThat(extended.status()).as(extended.body()).isEqualTo(200);
        assertThat(extended.json().get("dueOn").asString())
                .isEqualTo(Fixtures.calendar2026().plusWorkingDays(due, 15).toString());
        Api.Reply twice = api().post("/api/intake/petitions/" + id + "/extension", reviewer(),
                "{\"reason\":\"再次延期\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("code").asString()).isEqualTo("ALREADY_EXTENDED");

        TestClock.set(Instant.parse("2026-03-30T02:00:00Z"));
        Api.Reply answered = api().post("/api/intake/petitions/" + id + "/answer", approver(),
                "{\"answer\":\"经核查，该店已于3月20日取得许可证，已责令规范经营。\"}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().get("state").asString()).isEqualTo("ANSWERED");
        assertThat(answered.json().get("answeredOnTime").asBoolean()).isTrue();

        JsonNode mine = api().get("/api/intake/petitions", citizen()).json();
        assertThat(mine.get("items").findValuesAsString("id")).contains(id);
        String petitioner = TestIssuer.subjectOf("demo-citizen");
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(eventsOf(id)).containsExactly(
                "PetitionReceived to " + petitioner, "PetitionAccepted to " + petitioner,
                "PetitionExtended to " + petitioner, "PetitionAnswered to " + petitioner));
    }

    @Test
    void anOpenPetitionIsUnderSupervisionAndTurnsRedPastItsAcceptanceLimit() {
        Api.Reply filed = file(citizen(), "pt-" + UUID.randomUUID(), BODY);
        String id = filed.json().get("id").asString();
        TestClock.set(Instant.parse("2026-03-25T02:00:00Z"));

        assertThat(api().get("/api/intake/petitions/" + id, clerk()).json().get("light").asString()).isEqualTo("RED");
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                api().get("/api/intake/supervision/items?light=RED&kind=PETITION", supervisor()).json().get("items")
                        .findValuesAsString("id")).contains("petition:" + id));
        assertThat(api().get("/api/intake/supervision/figures?from=2026-03&to=2026-03&department=" + MARKET,
                supervisor()).json().get("total").get("petitions").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void staffRecordAVisitorsPetitionUnderTheirPersonRecordAndABadIdNumberNamesTheField() {
        IDENTITY.stubFor(post(urlPathEqualTo("/api/identity/internal/person-records")).willReturn(okJson(
                "{\"subject\":\"record:visitor-1\",\"registered\":false}")));
        String key = "pt-" + UUID.randomUUID();
        String body = "{\"person\":{\"name\":\"马文清\",\"idNumber\":\"640324198503120411\",\"phone\":\"13909530001\"},"
                + "\"text\":\"来访反映：村口道路施工影响出行。\"}";
        Api.Reply recorded = api().send("POST", "/api/intake/workbench/petitions", clerk(), body,
                Map.of("Content-Type", "application/json", "Idempotency-Key", key));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().get("channel").asString()).isEqualTo("RECORDED");
        assertThat(recorded.json().get("department").asString()).isEqualTo(MARKET);
        assertThat(recorded.body()).doesNotContain("640324198503120411", "13909530001");

        Api.Reply bad = api().send("POST", "/api/intake/workbench/petitions", clerk(),
                body.replace("640324198503120411", "640324198503120412"),
                Map.of("Content-Type", "application/json", "Idempotency-Key", "pt-" + UUID.randomUUID()));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("person.idNumber");
        assertThat(bad.body()).doesNotContain("640324198503120412");

        Api.Reply byCitizen = api().send("POST", "/api/intake/workbench/petitions", citizen(), body,
                Map.of("Content-Type", "application/json", "Idempotency-Key", "pt-" + UUID.randomUUID()));
        assertThat(byCitizen.status()).isEqualTo(422);
        assertThat(byCitizen.json().get("code").asString()).isEqualTo("STAFF_ONLY");
    }

    @Test
    void badInputIsRefusedWithTheFieldAndStoresNothing() {
        Api.Reply unknown = file(citizen(), "pt-" + UUID.randomUUID(), BODY.replace(MARKET, "no-such-department"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("code").asString()).isEqualTo("UNKNOWN_DEPARTMENT");
        assertThat(unknown.json().get("field").asString()).isEqualTo("department");

        Api.Reply noKey = api().post("/api/intake/petitions", citizen(), BODY);
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.json().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");

        Api.Reply empty = file(citizen(), "pt-" + UUID.randomUUID(), BODY.replace("反映某食品店无证经营，请求查处。", ""));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("field").asString()).isEqualTo("text");

        assertThat(api().get("/api/intake/petitions/no-such-petition", citizen()).status()).isEqualTo(404);
        assertThat(api().get("/api/intake/petitions", null).status()).isEqualTo(401);
    }
}
