package cn.gov.platform.credit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestClock;
import cn.gov.platform.testkit.TestIssuer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.PendingMessages;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A credit instance that starts while intake is down has never read the official calendar: it
 * computes no deadline on provisional data it could not call provisional. Requests that need one
 * answer 503 {@code CALENDAR_UNAVAILABLE} with a retry hint, a permit decision from the stream stays
 * pending, and everything else works; once intake answers, the same requests succeed. This
 * instance reads its own intake stand-in and its own copy of intake's stream.
 */
@TestPropertySource(properties = {"platform.credit.intake.uri=${intake-down-it.intake-uri}",
        "platform.credit.case-events.stream=" + IntakeDownAtStartIT.STREAM})
// Its own context (intake down at start), closed after the class so that its relay and consumers do not
// take the events and hints of the test classes after it.
@org.springframework.test.annotation.DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntakeDownAtStartIT extends CreditIT {

    static final String STREAM = "intake.case-events.intake-down-it";
    private static final IntakeStandIn DOWN = IntakeStandIn.down(ServedYear.OFFICIAL_2026);
    private static final String CODE = creditCode("91640324MA0000D01");
    private static final String OBJECTION_KEY = "down-objection-" + UUID.randomUUID();
    private static final String CASE_ID = UUID.randomUUID().toString();
    private static String entryId;

    @DynamicPropertySource
    static void intakeDown(DynamicPropertyRegistry registry) {
        registry.add("intake-down-it.intake-uri", DOWN::baseUrl);
    }

    @Override
    protected boolean intakeUpAtStart() {
        return false;
    }

    private String objection() {
        return "{\"kind\":\"OBJECTION\",\"entryId\":\"%s\",\"statement\":\"列入依据有误\",\"evidence\":[\"说明\"]}"
                .formatted(entryId);
    }

    private static String penalty(String documentNumber) {
        return """
                {"subjectKind":"LEGAL_PERSON","creditCode":"%s","name":"同心县日历停摆测试有限公司","department":"%s",
                 "documentNumber":"%s","violation":"未按规定公示年报","content":"警告",
                 "legalBasis":"《企业信息公示暂行条例》第十八条","decisionDate":"2026-03-10"}""".formatted(CODE, MARKET,
                documentNumber);
    }

    @Test
    @Order(1)
    void beforeTheCalendarWasEverReadDeadlinesAnswer503WithARetryHintAndEverythingElseWorks() throws Exception {
        isEnterprise("down-enterprise", CODE, "同心县日历停摆测试有限公司");
        String reviewer = issuer().staffToken("down-reviewer", "640324000000", MARKET, "reviewer");
        Api.Reply listed = postJson("/api/credit/entries", reviewer, """
                {"subject":{"kind":"LEGAL_PERSON","creditCode":"%s","name":"同心县日历停摆测试有限公司"},
                 "list":"BLACK","listType":"SERIOUS_MARKET_VIOLATION","issuingDepartment":"%s",
                 "legalBasis":"市场监管总局令第44号","reason":"测试","documentNumber":"同市监严失〔2026〕77号",
                 "start":"2026-01-01"}""".formatted(CODE, MARKET));
        assertThat(listed.status()).as("listing needs no deadline").isEqualTo(201);
        entryId = listed.json().get("entryId").asString();

        Api.Reply filing = postJson("/api/credit/petitions", issuer().token("down-enterprise", "enterprise"), objection(),
                OBJECTION_KEY);
        assertThat(filing.status()).isEqualTo(503);
        assertThat(filing.isProblem()).isTrue();
        assertThat(filing.json().get("code").asString()).isEqualTo("CALENDAR_UNAVAILABLE");
        assertThat(filing.json().get("message").get("zh").asString()).contains("工作日历");
        assertThat(filing.header("Retry-After")).isEqualTo("30");
        assertThat(filing.json().get("retryAfterSeconds").asInt()).isEqualTo(30);

        Api.Reply penalty = postJson("/api/credit/penalties", reviewer, penalty("同市监罚〔2026〕77号"));
        assertThat(penalty.status()).isEqualTo(503);
        assertThat(penalty.json().get("code").asString()).isEqualTo("CALENDAR_UNAVAILABLE");
        Api.Reply penaltyImport = api().send("POST", "/api/credit/imports?kind=PENALTIES", reviewer,
                "subjectKind,creditCode,name,department,documentNumber,violation,content,legalBasis,decisionDate\n",
                Map.of("Content-Type", "text/csv"));
        assertThat(penaltyImport.status()).isEqualTo(503);

        // Everything that needs no deadline answers as usual.
        Api.Reply check = check("down-enterprise", "SCJG-002");
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.json().get("standing").asString()).isEqualTo("RESTRICTIONS");
        assertThat(api().get("/api/credit/entries/" + entryId, reviewer).status()).isEqualTo(200);
        assertThat(api().get("/api/credit/petitions", reviewer).status()).isEqualTo(200);
        assertThat(api().get("/api/credit/me/petitions", issuer().token("down-enterprise", "enterprise")).status())
                .isEqualTo(200);
        assertThat(api().get("/api/credit/public/publicity?kind=PENALTY", null).status()).isEqualTo(200);
        assertThat(api().get("/api/credit/public/measures", null).status()).isEqualTo(200);
        assertThat(api().send("POST", "/api/credit/imports?kind=ENTRIES", reviewer,
                "subjectKind,idNumber,creditCode,name,list,listType,issuingDepartment,legalBasis,reason,documentNumber,start,end\n",
                Map.of("Content-Type", "text/csv")).status()).isEqualTo(202);

        // A permit decision from intake's stream waits, unacknowledged, instead of getting a guessed due date.
        isPerson("down-applicant", "640324199007080523", "李秀兰");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("eventId", UUID.randomUUID().toString());
        fields.put("type", "CaseApproved");
        fields.put("caseId", CASE_ID);
        fields.put("itemCode", "SCJG-001");
        fields.put("applicantSubject", TestIssuer.subjectOf("down-applicant"));
        fields.put("division", "640324000000");
        fields.put("department", MARKET);
        fields.put("occurredAt", TestClock.now().toString());
        fields.put("payload", "{}");
        redis.opsForStream().add(StreamRecords.string(fields).withStreamKey(STREAM));
        eventually(() -> {
            PendingMessages pending = redis.opsForStream().pending(STREAM, "credit", Range.unbounded(), 10);
            assertThat(pending).hasSize(1);
            assertThat(pending.get(0).getTotalDeliveryCount()).isGreaterThan(2);
        });
        String supervisor = issuer().staffToken("down-supervisor", "640324000000", "county-supervision", "supervisor");
        assertThat(api().get("/api/credit/publicity/pending", supervisor).body()).doesNotContain(CASE_ID);
        assertThat(api().get("/api/credit/public/publicity?kind=PERMIT", null).body()).doesNotContain(CASE_ID);
    }

    @Test
    @Order(2)
    void onceIntakeAnswersTheSameRequestsSucceedAndTheWaitingDecisionIsPublished() {
        isEnterprise("down-enterprise", CODE, "同心县日历停摆测试有限公司");
        isPerson("down-applicant", "640324199007080523", "李秀兰");
        String reviewer = issuer().staffToken("down-reviewer", "640324000000", MARKET, "reviewer");
        DOWN.up();

        eventually(() -> {
            Api.Reply filing = postJson("/api/credit/petitions", issuer().token("down-enterprise", "enterprise"),
                    objection(), OBJECTION_KEY);
            assertThat(filing.status()).as("the retried filing, first stored now").isEqualTo(201);
            assertThat(filing.json().get("dueBy").asString()).isEqualTo(DOWN.calendar()
                    .plusWorkingDays(TestClock.today(), 10).toString());
        });
        assertThat(postJson("/api/credit/penalties", reviewer, penalty("同市监罚〔2026〕77号")).status()).isEqualTo(201);
        eventually(() -> assertThat(api().get("/api/credit/public/publicity?kind=PERMIT", null).body()).contains(CASE_ID));
        // Acknowledged right after the publication is stored: a moment later, not necessarily at once.
        eventually(() -> assertThat(redis.opsForStream().pending(STREAM, "credit", Range.unbounded(), 10)).isEmpty());
    }
}
