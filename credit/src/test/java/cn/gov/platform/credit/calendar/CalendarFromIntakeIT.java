package cn.gov.platform.credit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.credit.CreditIT;
import cn.gov.platform.credit.ServedYear;
import cn.gov.platform.credit.ServedYear.Period;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestClock;
import cn.gov.platform.testkit.TestIssuer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamRecords;
import tools.jackson.databind.JsonNode;

/**
 * Credit counts on the years intake publishes, takes a new version within seconds of its
 * announcement without a restart, and moves the open deadlines it touches: an objection's answer
 * date (told to the applicant) only later, a pending publication's due date (staff's) either way.
 * Each test publishes a year of its own (2030, 2031) and holds the clock in it.
 */
class CalendarFromIntakeIT extends CreditIT {

    private static final String CREDIT_OFFICE = "county-market-regulation";

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    private static void holdClockAt(LocalDate day) {
        TestClock.set(ZonedDateTime.of(day, LocalTime.of(9, 30), cn.gov.platform.kernel.ChinaTime.ZONE).toInstant());
    }

    private static ServedYear year2030(int version, LocalDate springFestivalEnd, LocalDate swappedAfter) {
        return ServedYear.published(2030, version, List.of(
                new Period("NEW_YEAR", LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 1)),
                new Period("SPRING_FESTIVAL", LocalDate.of(2030, 2, 2), springFestivalEnd)),
                List.of(LocalDate.of(2030, 1, 26), swappedAfter));
    }

    @Test
    void anObjectionsAnswerDateFollowsAnAnnouncedYearWithinSecondsOnlyEverLaterWithItsHistoryAndTheFilerIsTold()
            throws Exception {
        LocalDate filed = LocalDate.of(2030, 1, 28);
        holdClockAt(filed);
        String code = creditCode("91640324MA0000C30");
        isEnterprise("cal-objector", code, "同心县日历异议测试有限公司");
        String reviewer = issuer().staffToken("cal-reviewer", "640324000000", CREDIT_OFFICE, "reviewer");
        Api.Reply listed = postJson("/api/credit/entries", reviewer, """
                {"subject":{"kind":"LEGAL_PERSON","creditCode":"%s","name":"同心县日历异议测试有限公司"},
                 "list":"BLACK","listType":"SERIOUS_MARKET_VIOLATION","issuingDepartment":"%s",
                 "legalBasis":"市场监管总局令第44号","reason":"测试","documentNumber":"同市监严失〔2030〕1号",
                 "start":"2026-01-01"}""".formatted(code, CREDIT_OFFICE));
        assertThat(listed.status()).isEqualTo(201);
        String entryId = listed.json().get("entryId").asString();
        String objector = issuer().token("cal-objector", "enterprise");

        // Filed on the provisional 2030: 10 working days after Monday 28 January, around a derived Spring Festival.
        Api.Reply filing = postJson("/api/credit/petitions", objector, """
                {"kind":"OBJECTION","entryId":"%s","statement":"列入依据有误","evidence":["说明"]}""".formatted(entryId),
                "cal-objection-" + UUID.randomUUID());
        assertThat(filing.status()).isEqualTo(201);
        String petition = "/api/credit/petitions/" + filing.json().get("petitionId").asString();
        LocalDate provisional = INTAKE.calendar().plusWorkingDays(filed, 10);
        assertThat(filing.json().get("dueBy").asString()).isEqualTo(provisional.toString());
        assertThat(filing.json().get("provisional").asBoolean()).isTrue();
        assertThat(filing.json().get("dueByChanges")).isEmpty();

        // Intake publishes 2030 with a longer Spring Festival: the date moves later, once announced.
        ServedYear first = year2030(1, LocalDate.of(2030, 2, 10), LocalDate.of(2030, 2, 23));
        INTAKE.serves(first);
        LocalDate later = INTAKE.calendar().plusWorkingDays(filed, 10);
        assertThat(later).isAfter(provisional);
        Thread.sleep(3_000);
        assertThat(api().get(petition, objector).json().get("dueBy").asString())
                .as("not read before intake announces it").isEqualTo(provisional.toString());

        announceCalendar();
        eventually(() -> {
            JsonNode view = api().get(petition, objector).json();
            assertThat(view.get("dueBy").asString()).isEqualTo(later.toString());
            assertThat(view.get("provisional").asBoolean()).isFalse();
            assertThat(view.get("dueByChanges")).singleElement().satisfies(change -> {
                assertThat(change.get("previousDueBy").asString()).isEqualTo(provisional.toString());
                assertThat(change.get("dueBy").asString()).isEqualTo(later.toString());
                assertThat(change.get("calendarYear").asInt()).isEqualTo(2030);
                assertThat(change.get("calendarVersion").asInt()).isEqualTo(1);
            });
        });
        assertThat(api().get("/api/credit/petitions", reviewer).json().valueStream()
                .filter(p -> p.get("entryId").asString().equals(entryId)).findFirst().orElseThrow()
                .get("dueBy").asString()).as("the department sees the same date").isEqualTo(later.toString());
        eventually(() -> assertThat(moves(entryId)).singleElement().satisfies(event -> {
            assertThat(event.get("recipientSubject")).isEqualTo(TestIssuer.subjectOf("cal-objector"));
            assertThat(event.get("previousDueBy")).isEqualTo(provisional.toString());
            assertThat(event.get("dueBy")).isEqualTo(later.toString());
        }));

        // Version 2 shortens the festival: the count comes out earlier, but the date told to the applicant stands.
        INTAKE.serves(year2030(2, LocalDate.of(2030, 2, 8), LocalDate.of(2030, 2, 9)));
        assertThat(INTAKE.calendar().plusWorkingDays(filed, 10)).isBefore(later);
        announceCalendar();
        eventually(() -> assertThat(redis.opsForValue().get("credit:calendar:recomputed")).contains("2030=2"));
        JsonNode view = api().get(petition, objector).json();
        assertThat(view.get("dueBy").asString()).isEqualTo(later.toString());
        assertThat(view.get("dueByChanges")).hasSize(1);
        assertThat(moves(entryId)).hasSize(1);
    }

    private List<Map<Object, Object>> moves(String entryId) {
        List<MapRecord<String, Object, Object>> events = redis.opsForStream().read(StreamOffset.fromStart("credit.events"));
        return events.stream().map(MapRecord::getValue)
                .filter(v -> entryId.equals(v.get("entryId")) && "ObjectionDeadlineMoved".equals(v.get("type"))).toList();
    }

    private static ServedYear year2031(int version, LocalDate springFestivalEnd) {
        return ServedYear.published(2031, version, List.of(
                new Period("NEW_YEAR", LocalDate.of(2031, 1, 1), LocalDate.of(2031, 1, 1)),
                new Period("SPRING_FESTIVAL", LocalDate.of(2031, 1, 22), springFestivalEnd)),
                List.of(LocalDate.of(2031, 1, 18), LocalDate.of(2031, 2, 8)));
    }

    @Test
    void aPendingPublicationsDueDateFollowsEachPublishedVersionLaterAndEarlierWithItsHistory() {
        LocalDate decided = LocalDate.of(2031, 1, 20);
        holdClockAt(decided);
        IDENTITY.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/identity/internal/persons/"
                        + TestIssuer.subjectOf("cal-applicant") + "/credit-subject"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503)));
        String caseId = UUID.randomUUID().toString();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("eventId", UUID.randomUUID().toString());
        fields.put("type", "CaseApproved");
        fields.put("caseId", caseId);
        fields.put("itemCode", "SCJG-001");
        fields.put("applicantSubject", TestIssuer.subjectOf("cal-applicant"));
        fields.put("division", "640324000000");
        fields.put("department", MARKET);
        fields.put("occurredAt", TestClock.now().toString());
        fields.put("payload", "{}");
        redis.opsForStream().add(StreamRecords.string(fields).withStreamKey("intake.case-events"));
        String supervisor = issuer().staffToken("cal-supervisor", "640324000000", "county-supervision", "supervisor");
        LocalDate provisional = INTAKE.calendar().plusWorkingDays(decided, 7);

        eventually(() -> {
            JsonNode p = obligation(supervisor, caseId);
            assertThat(p.get("state").asString()).isEqualTo("PENDING");
            assertThat(p.get("dueBy").asString()).isEqualTo(provisional.toString());
            assertThat(p.get("provisional").asBoolean()).isTrue();
        });

        INTAKE.serves(year2031(1, LocalDate.of(2031, 1, 30)));
        LocalDate later = INTAKE.calendar().plusWorkingDays(decided, 7);
        assertThat(later).isAfter(provisional);
        announceCalendar();
        eventually(() -> {
            JsonNode p = obligation(supervisor, caseId);
            assertThat(p.get("dueBy").asString()).isEqualTo(later.toString());
            assertThat(p.get("provisional").asBoolean()).isFalse();
            assertThat(p.get("dueByChanges")).hasSize(1);
        });

        INTAKE.serves(year2031(2, LocalDate.of(2031, 1, 28)));
        LocalDate earlier = INTAKE.calendar().plusWorkingDays(decided, 7);
        assertThat(earlier).isBefore(later);
        announceCalendar();
        eventually(() -> {
            JsonNode p = obligation(supervisor, caseId);
            assertThat(p.get("dueBy").asString()).isEqualTo(earlier.toString());
            assertThat(p.get("dueByChanges").get(1).get("previousDueBy").asString()).isEqualTo(later.toString());
            assertThat(p.get("dueByChanges").get(1).get("dueBy").asString()).isEqualTo(earlier.toString());
            assertThat(p.get("dueByChanges").get(1).get("calendarVersion").asInt()).isEqualTo(2);
        });
        // The issuing department's staff see their own pending obligations; others nothing of them.
        String departmentStaff = issuer().staffToken("cal-approver", "640324000000", MARKET, "approver");
        assertThat(obligation(departmentStaff, caseId).get("dueBy").asString()).isEqualTo(earlier.toString());
        String otherDepartment = issuer().staffToken("cal-tax", "640324000000", "county-tax", "approver");
        assertThat(api().get("/api/credit/publicity/pending", otherDepartment).body()).doesNotContain(caseId);
        assertThat(api().get("/api/credit/publicity/pending", issuer().token("cal-citizen", "citizen")).status())
                .isEqualTo(404);
    }

    private JsonNode obligation(String token, String caseId) {
        Api.Reply reply = api().get("/api/credit/publicity/pending", token);
        assertThat(reply.status()).isEqualTo(200);
        return reply.json().valueStream().filter(p -> p.get("id").asString().equals("PERMIT-" + caseId)).findFirst()
                .orElseThrow(() -> new AssertionError("PERMIT-" + caseId + " is not pending"));
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Test
    void aPetitionStoredBeforeItsLimitAndHistoryWereKeptIsShownAsBefore() {
        String id = "P-legacy-" + UUID.randomUUID();
        mongo.insert(new org.bson.Document("_id", id).append("kind", "OBJECTION").append("entryId", "E-legacy")
                .append("issuingDepartment", MARKET).append("filedBy", TestIssuer.subjectOf("legacy-filer"))
                .append("statement", "列入依据有误").append("evidence", List.of())
                .append("filedAt", java.util.Date.from(java.time.Instant.parse("2026-03-02T02:00:00Z")))
                .append("dueBy", "2026-03-16").append("state", "OPEN").append("outbox", List.of())
                .append("outboxPending", false).append("version", 0L), "petitions");

        Api.Reply view = api().get("/api/credit/petitions/" + id, issuer().token("legacy-filer", "citizen"));

        assertThat(view.status()).isEqualTo(200);
        assertThat(view.json().get("dueBy").asString()).isEqualTo("2026-03-16");
        assertThat(view.json().get("provisional").asBoolean()).isFalse();
        assertThat(view.json().get("dueByChanges")).isEmpty();
        assertThat(api().get("/api/credit/me/petitions", issuer().token("legacy-filer", "citizen")).status()).isEqualTo(200);
    }
}
