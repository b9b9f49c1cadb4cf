package cn.gov.platform.intake.hotline.web;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
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
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Range;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

/** The 12345 hotline (issue 19, point 2) through the API, on a controlled clock. */
class HotlineIT extends IntakeIT {

    /** 10:00 on Mon Mar 2, 2026 in Tongxin. */
    private static final Instant MAR_2 = Instant.parse("2026-03-02T02:00:00Z");
    private static final String PHONE = "13995301234";

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

    private String operator() {
        return issuer().staffToken("demo-hotline", COUNTY, "county-hotline", "operator");
    }

    private String supervisor() {
        return issuer().staffToken("demo-supervisor", COUNTY, "county-supervision", "supervisor");
    }

    private String service() {
        return issuer().token("svc-notifications", "service");
    }

    private Api.Reply call(String token, String key, String body) {
        return api().send("POST", "/api/intake/hotline/calls", token, body, Map.of("Content-Type", "application/json",
                "Idempotency-Key", key));
    }

    private static String complaint(String phone, String department) {
        return "{\"phone\":\"" + phone + "\",\"kind\":\"COMPLAINT\",\"division\":\"" + COUNTY + "\",\"department\":\""
                + department + "\",\"text\":\"某超市出售过期食品，要求查处。\"}";
    }

    private List<String> eventsOf(String ticketId) {
        return redis.opsForStream().range("intake.case-events", Range.unbounded()).stream().map(r -> r.getValue())
                .filter(v -> String.valueOf(v.get("payload")).contains(ticketId))
                .map(v -> v.get("type") + " to " + v.get("recipientSubject") + " at " + v.get("department")).toList();
    }

    @Test
    void anOperatorRecordsAComplaintTheDepartmentAnswersItTheCallerIsToldAndRatesItByDigit() {
        String key = "hl-" + UUID.randomUUID();
        Api.Reply recorded = call(operator(), key, complaint(PHONE, MARKET));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        String id = recorded.json().get("id").asString();
        assertThat(recorded.json().get("state").asString()).isEqualTo("RECEIVED");
        assertThat(recorded.json().get("kind").asString()).isEqualTo("COMPLAINT");
        assertThat(recorded.json().get("departmentName").asString()).isEqualTo("同心县市场监督管理局");
        assertThat(recorded.json().get("dueOn").asString())
                .isEqualTo(Fixtures.calendar2026().plusWorkingDays(LocalDate.of(2026, 3, 2), 10).toString());
        assertThat(recorded.json().get("light").asString()).isEqualTo("GREEN");
        assertThat(recorded.body()).as("the phone is never shown back").doesNotContain(PHONE);
        Document stored = mongo.getCollection("hotline_tickets").find(new Document("_id", id)).first();
        assertThat(stored.toJson()).as("nor stored in the clear").doesNotContain(PHONE);

        assertThat(call(operator(), key, complaint(PHONE, MARKET)).status()).as("a retry").isEqualTo(200);
        assertThat(call(operator(), key, complaint("13995309999", MARKET)).json().get("code").asString())
                .isEqualTo("IDEMPOTENCY_KEY_REUSED");

        assertThat(api().get("/api/intake/hotline/tickets", operator()).json().get("items").findValuesAsString("id"))
                .contains(id);
        assertThat(api().get("/api/intake/workbench/hotline", clerk()).json().get("items").findValuesAsString("id"))
                .contains(id);

        TestClock.set(Instant.parse("2026-03-05T02:00:00Z"));
        Api.Reply answered = api().post("/api/intake/hotline/tickets/" + id + "/answer", clerk(),
                "{\"answer\":\"已责令该超市下架过期食品并立案调查。\"}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().get("state").asString()).isEqualTo("ANSWERED");
        assertThat(answered.json().get("answeredOnTime").asBoolean()).isTrue();
        assertThat(answered.json().has("light") && !answered.json().get("light").isNull()).isFalse();

        // Notifications opens the number to send the answer; nobody else may.
        Api.Reply phone = api().post("/api/intake/internal/hotline/caller-phones", service(),
                "{\"ticketId\":\"" + id + "\"}");
        assertThat(phone.status()).as(phone.body()).isEqualTo(200);
        assertThat(phone.json().get("phone").asString()).isEqualTo(PHONE);
        assertThat(api().post("/api/intake/internal/hotline/caller-phones", operator(),
                "{\"ticketId\":\"" + id + "\"}").status()).isEqualTo(403);

        Api.Reply rated = api().post("/api/intake/internal/hotline/ratings", service(),
                "{\"phone\":\"+86 139-9530-1234\",\"rating\":4}");
        assertThat(rated.status()).as(rated.body()).isEqualTo(200);
        assertThat(rated.json().get("ticketId").asString()).isEqualTo(id);
        assertThat(api().get("/api/intake/hotline/tickets/" + id, operator()).json().get("rating").asInt()).isEqualTo(4);
        Api.Reply again = api().post("/api/intake/internal/hotline/ratings", service(),
                "{\"phone\":\"" + PHONE + "\",\"rating\":5}");
        assertThat(again.status()).as("nothing left to rate").isEqualTo(404);
        assertThat(again.body()).doesNotContain(PHONE);

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(eventsOf(id)).containsExactly(
                "HotlineTicketReceived to null at " + MARKET,
                "HotlineTicketAnswered to hotline-caller:" + id + " at " + MARKET,
                "HotlineTicketRated to null at " + MARKET));
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode total = api().get("/api/intake/supervision/figures?from=2026-03&to=2026-03", supervisor()).json()
                    .get("total");
            assertThat(total.get("hotlineTickets").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(total.get("hotlineAnswered").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(total.get("hotlineAverageRating").isNull()).isFalse();
        });
    }

    @Test
    void aQueryAboutACatalogueItemIsAnsweredAtOnceAndAnUnknownOneBecomesATicketDueInThree() {
        Api.Reply known = call(operator(), "hl-" + UUID.randomUUID(), "{\"phone\":\"" + PHONE + "\",\"kind\":\"QUERY\","
                + "\"division\":\"" + COUNTY + "\",\"department\":\"" + MARKET + "\",\"keyword\":\"食品\","
                + "\"text\":\"开小卖部要办什么证？\"}");
        assertThat(known.status()).as(known.body()).isEqualTo(201);
        assertThat(known.json().get("answeredAtOnce").asBoolean()).isTrue();
        assertThat(known.json().get("state").asString()).isEqualTo("ANSWERED");
        assertThat(known.json().get("answer").asString()).contains("食品经营许可").contains("个工作日");

        Api.Reply unknown = call(operator(), "hl-" + UUID.randomUUID(), "{\"phone\":\"" + PHONE + "\",\"kind\":\"QUERY\","
                + "\"division\":\"" + COUNTY + "\",\"department\":\"" + MARKET + "\",\"keyword\":\"没有这样的事项\","
                + "\"caseNumber\":\"640324-2026-9999999\",\"idSuffix\":\"01001X\",\"text\":\"我的办件到哪一步了？\"}");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(201);
        assertThat(unknown.json().get("answeredAtOnce").asBoolean()).isFalse();
        assertThat(unknown.json().get("state").asString()).isEqualTo("RECEIVED");
        assertThat(unknown.json().get("dueOn").asString())
                .isEqualTo(Fixtures.calendar2026().plusWorkingDays(LocalDate.of(2026, 3, 2), 3).toString());
    }

    /** An accepted case of {@code username}, whose ID number ends 01001X, keyed for the follow-up. */
    private String acceptedCase(String username) {
        String subject = TestIssuer.subjectOf(username);
        IDENTITY.stubFor(get(urlPathEqualTo("/api/identity/internal/persons/" + subject + "/credit-subject"))
                .willReturn(okJson("{\"kind\":\"NATURAL_PERSON\",\"name\":\"马兰花\",\"idNumber\":\"64032419900101001X\"}")));
        IDENTITY.stubFor(get(urlPathEqualTo("/api/identity/internal/persons/" + subject + "/contact"))
                .willReturn(okJson("{\"phone\":\"13800001234\",\"language\":\"zh\"}")));
        String token = issuer().token(username, "citizen");
        Api.Reply filed = file(token, """
                {"itemCode":"SCJG-002","division":"640324000000","draft":true,
                 "certificates":[{"materialCode":"business-licence","certificateNumber":"BL-17"},
                                 {"materialCode":"id-card","certificateNumber":"RID-640324-000017"}]}""");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String caseId = filed.json().get("id").asString();
        for (String material : List.of("premises-layout", "safety-rules", "equipment-list")) {
            assertThat(upload(token, caseId, material, material + ".pdf", "application/pdf", pdf(2048)).status())
                    .isEqualTo(200);
        }
        assertThat(act(token, caseId, "submit", "{}").status()).isEqualTo(200);
        Api.Reply accepted = act(clerk(), caseId, "accept", "{}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        String number = accepted.json().get("number").asString();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> mongo.exists(
                Query.query(Criteria.where("_id").is(number)), "follow_up_keys"));
        return number;
    }

    @Test
    void aQueryAboutACaseIsAnsweredAtOnceForTheRightIdSuffixOnly() {
        String number = acceptedCase("hotline-caller-a");
        String query = "{\"phone\":\"" + PHONE + "\",\"kind\":\"QUERY\",\"division\":\"" + COUNTY
                + "\",\"department\":\"" + MARKET + "\",\"caseNumber\":\"" + number + "\",\"idSuffix\":\"%s\","
                + "\"text\":\"我的食品经营许可办到哪一步了？\"}";

        Api.Reply right = call(operator(), "hl-" + UUID.randomUUID(), query.formatted("01001x"));
        assertThat(right.status()).as(right.body()).isEqualTo(201);
        assertThat(right.json().get("answeredAtOnce").asBoolean()).isTrue();
        assertThat(right.json().get("answer").asString()).contains(number, "食品经营许可", "已受理", "市场监督管理局");
        assertThat(right.body()).doesNotContain("64032419900101001X", "马兰花");

        Api.Reply wrong = call(operator(), "hl-" + UUID.randomUUID(), query.formatted("99999X"));
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(201);
        assertThat(wrong.json().get("answeredAtOnce").asBoolean()).as("a wrong suffix: a ticket, no state").isFalse();
        assertThat(wrong.body()).doesNotContain("已受理");
    }

    @Test
    void aTicketForAnUnknownDepartmentIs400NamingTheDepartmentAndABadPhoneNamesThePhone() {
        Api.Reply unknown = call(operator(), "hl-" + UUID.randomUUID(), complaint(PHONE, "county-nowhere"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("field").asString()).isEqualTo("department");
        assertThat(unknown.json().get("code").asString()).isEqualTo("UNKNOWN_DEPARTMENT");

        Api.Reply phone = call(operator(), "hl-" + UUID.randomUUID(), complaint("12345", MARKET));
        assertThat(phone.status()).isEqualTo(400);
        assertThat(phone.json().get("field").asString()).isEqualTo("phone");
        assertThat(phone.body()).doesNotContain("12345\"");

        Api.Reply notAnOperator = call(clerk(), "hl-" + UUID.randomUUID(), complaint(PHONE, MARKET));
        assertThat(notAnOperator.status()).isEqualTo(422);
        assertThat(notAnOperator.json().get("code").asString()).isEqualTo("OPERATOR_ONLY");
    }

    @Test
    void aTicketSentToTheWrongDepartmentIsReRoutedKeepingItsDeadlineAndHistory() {
        Api.Reply recorded = call(operator(), "hl-" + UUID.randomUUID(), complaint(PHONE, "county-health"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        String id = recorded.json().get("id").asString();
        String due = recorded.json().get("dueOn").asString();

        Api.Reply unknown = api().post("/api/intake/hotline/tickets/" + id + "/route", operator(),
                "{\"division\":\"" + COUNTY + "\",\"department\":\"county-nowhere\",\"reason\":\"派错\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("field").asString()).isEqualTo("department");

        Api.Reply moved = api().post("/api/intake/hotline/tickets/" + id + "/route", operator(),
                "{\"division\":\"" + COUNTY + "\",\"department\":\"" + MARKET + "\",\"reason\":\"食品安全归市场监管局。\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("department").asString()).isEqualTo(MARKET);
        assertThat(moved.json().get("dueOn").asString()).isEqualTo(due);
        assertThat(moved.json().get("routes").findValuesAsString("department")).containsExactly("county-health", MARKET);

        // The new department answers it; the previous one no longer sees it.
        String health = issuer().staffToken("demo-health-clerk", COUNTY, "county-health", "clerk");
        assertThat(api().post("/api/intake/hotline/tickets/" + id + "/answer", health, "{\"answer\":\"答复\"}").status())
                .isEqualTo(404);
        assertThat(api().post("/api/intake/hotline/tickets/" + id + "/answer", clerk(), "{\"answer\":\"已处理。\"}")
                .status()).isEqualTo(200);
        Api.Reply late = api().post("/api/intake/hotline/tickets/" + id + "/route", operator(),
                "{\"division\":\"" + COUNTY + "\",\"department\":\"county-health\",\"reason\":\"再转\"}");
        assertThat(late.status()).as("answered: no more re-routing").isEqualTo(409);
    }

    @Test
    void aCitizensPortalMessageBecomesTheSameTicketAndOnlyTheRightPeopleSeeIt() {
        Api.Reply left = api().send("POST", "/api/intake/hotline/messages", citizen(), "{\"kind\":\"SUGGESTION\","
                + "\"division\":\"" + COUNTY + "\",\"department\":\"" + MARKET + "\",\"text\":\"建议周六上午开放窗口。\"}",
                Map.of("Content-Type", "application/json", "Idempotency-Key", "hl-" + UUID.randomUUID()));
        assertThat(left.status()).as(left.body()).isEqualTo(201);
        String id = left.json().get("id").asString();
        assertThat(left.json().get("channel").asString()).isEqualTo("MESSAGE");
        assertThat(left.json().get("dueOn").asString())
                .isEqualTo(Fixtures.calendar2026().plusWorkingDays(LocalDate.of(2026, 3, 2), 15).toString());
        assertThat(api().get("/api/intake/hotline/messages", citizen()).json().get("items").findValuesAsString("id"))
                .contains(id);

        String otherCitizen = issuer().token("demo-citizen2", "citizen");
        String otherClerk = issuer().staffToken("demo-township-clerk", YUHAI, "yuhai-town-service-center", "clerk");
        String townOperator = issuer().staffToken("demo-town-hotline", YUHAI, "yuhai-hotline", "operator");
        assertThat(api().get("/api/intake/hotline/tickets/" + id, otherCitizen).status()).isEqualTo(404);
        assertThat(api().get("/api/intake/hotline/tickets/" + id, otherClerk).status()).isEqualTo(404);
        assertThat(api().get("/api/intake/hotline/tickets/" + id, townOperator).status()).isEqualTo(404);
        assertThat(api().post("/api/intake/hotline/tickets/" + id + "/answer", otherClerk, "{\"answer\":\"答复\"}")
                .status()).isEqualTo(404);
        assertThat(api().post("/api/intake/hotline/tickets/" + id + "/route", townOperator, "{\"division\":\"" + COUNTY
                + "\",\"department\":\"county-health\",\"reason\":\"转\"}").status()).isEqualTo(404);
        assertThat(api().post("/api/intake/hotline/tickets/" + id + "/route", townOperator, "{\"division\":\"" + COUNTY
                + "\",\"department\":\"county-nowhere\",\"reason\":\"转\"}").status())
                .as("a stranger learns nothing from a bad department either").isEqualTo(404);
        assertThat(api().get("/api/intake/hotline/tickets/" + UUID.randomUUID(), operator()).status()).isEqualTo(404);
        assertThat(api().get("/api/intake/hotline/tickets/" + id, citizen()).status()).isEqualTo(200);
        assertThat(api().get("/api/intake/hotline/tickets/" + id, supervisor()).status()).isEqualTo(200);

        Api.Reply answered = api().post("/api/intake/hotline/tickets/" + id + "/answer", clerk(),
                "{\"answer\":\"感谢建议，周六上午窗口已开放。\"}");
        assertThat(answered.status()).isEqualTo(200);
        String citizen = TestIssuer.subjectOf("demo-citizen");
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(eventsOf(id))
                .contains("HotlineTicketAnswered to " + citizen + " at " + MARKET));
        assertThat(api().post("/api/intake/internal/hotline/caller-phones", service(), "{\"ticketId\":\"" + id + "\"}")
                .status()).as("a portal message has no phone").isEqualTo(404);
    }

    @Test
    void anUnansweredTicketPastItsDeadlineIsRedUnderSupervision() {
        Api.Reply recorded = call(operator(), "hl-" + UUID.randomUUID(), "{\"phone\":\"" + PHONE + "\",\"kind\":\"HELP\","
                + "\"division\":\"" + COUNTY + "\",\"department\":\"" + MARKET + "\",\"text\":\"老人不会网上办理，求助。\"}");
        String id = recorded.json().get("id").asString();
        TestClock.set(Instant.parse("2026-03-12T02:00:00Z"));

        assertThat(api().get("/api/intake/hotline/tickets/" + id, clerk()).json().get("light").asString()).isEqualTo("RED");
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                api().get("/api/intake/supervision/items?light=RED&kind=HOTLINE", supervisor()).json().get("items")
                        .findValuesAsString("id")).contains("hotline:" + id));
    }
}
