package cn.gov.platform.credit.publicity.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.credit.CreditIT;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestClock;
import cn.gov.platform.testkit.TestIssuer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.stream.StreamRecords;
import tools.jackson.databind.JsonNode;

class PublicityApiIT extends CreditIT {

    private void caseDecided(String type, String caseId, String username, String itemCode) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("eventId", UUID.randomUUID().toString());
        fields.put("type", type);
        fields.put("caseId", caseId);
        fields.put("caseNumber", "640324-2026-" + caseId.substring(0, 7));
        fields.put("itemCode", itemCode);
        fields.put("applicantSubject", TestIssuer.subjectOf(username));
        fields.put("division", "640324000000");
        fields.put("department", MARKET);
        fields.put("occurredAt", TestClock.now().toString());
        fields.put("payload", "{\"reasons\":\"材料齐全，符合法定条件\",\"onTime\":\"true\",\"itemName\":\"食品经营许可\"}");
        redis.opsForStream().add(StreamRecords.string(fields).withStreamKey("intake.case-events"));
    }

    @Test
    void aPermitDecidedInIntakeAppearsPublishedWithThePersonsNameMaskedOnceEvenIfDeliveredTwice() {
        isPerson("pub-citizen", "640324199007080523", "李秀兰");
        String caseId = UUID.randomUUID().toString();

        caseDecided("CaseApproved", caseId, "pub-citizen", "SCJG-002");
        caseDecided("CaseApproved", caseId, "pub-citizen", "SCJG-002");
        caseDecided("CaseSubmitted", UUID.randomUUID().toString(), "pub-citizen", "SCJG-002");

        eventually(() -> {
            JsonNode list = api().get("/api/credit/public/publicity?kind=PERMIT", null).json();
            assertThat(list.valueStream().filter(p -> p.get("id").asString().equals("PERMIT-" + caseId)).toList())
                    .singleElement().satisfies(p -> {
                        assertThat(p.get("name").asString()).isEqualTo("李**");
                        assertThat(p.get("decision").asString()).isEqualTo("APPROVED");
                        // Intake's decisions carry the item's code, not its name (a payload field the
                        // contract does not know, like this itemName, is ignored).
                        assertThat(p.get("itemName").asString()).isEqualTo("SCJG-002");
                        assertThat(p.has("creditCode")).isFalse();
                    });
        });
        String body = api().get("/api/credit/public/publicity?kind=PERMIT", null).body();
        assertThat(body).doesNotContain("李秀兰").doesNotContain("640324199007080523")
                .doesNotContain(TestIssuer.subjectOf("pub-citizen"));
    }

    @Test
    void anEnterprisesPermitIsPublishedInFullWithItsCreditCode() {
        isEnterprise("pub-enterprise", DEMO_CREDIT_CODE, "同心县豫海商贸有限公司");
        String caseId = UUID.randomUUID().toString();

        caseDecided("CaseRejected", caseId, "pub-enterprise", "SCJG-003");

        eventually(() -> {
            JsonNode list = api().get("/api/credit/public/publicity?kind=PERMIT", null).json();
            assertThat(list.valueStream().filter(p -> p.get("id").asString().equals("PERMIT-" + caseId)).toList())
                    .singleElement().satisfies(p -> {
                        assertThat(p.get("name").asString()).isEqualTo("同心县豫海商贸有限公司");
                        assertThat(p.get("creditCode").asString()).isEqualTo(DEMO_CREDIT_CODE);
                        assertThat(p.get("decision").asString()).isEqualTo("REJECTED");
                    });
        });
    }

    @Test
    void whileIdentityCannotAnswerThePermitWaitsAndAnOldOneShowsInTheOverdueReport() {
        IDENTITY.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/identity/internal/persons/"
                        + TestIssuer.subjectOf("pub-late") + "/credit-subject"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503)));
        String caseId = UUID.randomUUID().toString();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("eventId", UUID.randomUUID().toString());
        fields.put("type", "CaseApproved");
        fields.put("caseId", caseId);
        fields.put("itemCode", "SCJG-001");
        fields.put("applicantSubject", TestIssuer.subjectOf("pub-late"));
        fields.put("division", "640324000000");
        fields.put("department", MARKET);
        fields.put("occurredAt", "2026-03-02T02:00:00Z");
        fields.put("payload", "{}");
        redis.opsForStream().add(StreamRecords.string(fields).withStreamKey("intake.case-events"));
        String supervisor = issuer().staffToken("pub-supervisor", "640324000000", "county-supervision", "supervisor");

        eventually(() -> {
            JsonNode overdue = api().get("/api/credit/publicity/overdue", supervisor).json();
            assertThat(overdue.valueStream().filter(p -> p.get("id").asString().equals("PERMIT-" + caseId)).toList())
                    .singleElement().satisfies(p -> {
                        assertThat(p.get("state").asString()).isEqualTo("PENDING");
                        // 7 working days after Monday 2 March 2026: Wednesday 11 March.
                        assertThat(p.get("dueBy").asString()).isEqualTo("2026-03-11");
                    });
        });
        assertThat(api().get("/api/credit/publicity/overdue", issuer().token("pub-nosy", "citizen")).status()).isEqualTo(404);
    }

    @Test
    void penaltiesArePublishedAtOnceIdempotentlyAndCountTowardsTheEnterprisesClass() {
        String approver = issuer().staffToken("pen-approver", "640324000000", MARKET, "approver");
        String code = "91640324MA0000002" + checkChar("91640324MA0000002");
        for (int i = 1; i <= 3; i++) {
            String body = """
                    {"subjectKind":"LEGAL_PERSON","creditCode":"%s","name":"同心县处罚测试有限公司","department":"%s",
                     "documentNumber":"同市监罚〔2026〕%d号","violation":"未按规定公示年报","content":"警告",
                     "legalBasis":"《企业信息公示暂行条例》第十八条","decisionDate":"2026-0%d-10"}""".formatted(code, MARKET, i, i);
            Api.Reply reply = postJson("/api/credit/penalties", approver, body);
            assertThat(reply.status()).isEqualTo(201);
            assertThat(postJson("/api/credit/penalties", approver, body).status()).isEqualTo(200);
        }
        assertThat(api().get("/api/credit/public/publicity?kind=PENALTY", null).body()).contains("同心县处罚测试有限公司");

        String supervisor = issuer().staffToken("cls-supervisor", "640324000000", "county-supervision", "supervisor");
        JsonNode cls = api().get("/api/credit/classes/" + code, supervisor).json();
        assertThat(cls.get("creditClass").asString()).isEqualTo("C");
        assertThat(api().get("/api/credit/classes/" + DEMO_CREDIT_CODE, supervisor).json().get("creditClass").asString())
                .isEqualTo("D");
        assertThat(api().get("/api/credit/classes/" + code, issuer().token("cls-citizen", "citizen")).status()).isEqualTo(404);

        Api.Reply otherDepartment = postJson("/api/credit/penalties", issuer().staffToken("pen-tax", "640324000000",
                "county-tax", "approver"), """
                {"subjectKind":"LEGAL_PERSON","creditCode":"%s","name":"x","department":"%s","documentNumber":"d",
                 "violation":"v","content":"c","legalBasis":"l","decisionDate":"2026-01-10"}""".formatted(code, MARKET));
        assertThat(otherDepartment.status()).isEqualTo(422);
        Api.Reply badCode = postJson("/api/credit/penalties", approver, """
                {"subjectKind":"LEGAL_PERSON","creditCode":"91640324MA00000020","name":"x","department":"%s","documentNumber":"d",
                 "violation":"v","content":"c","legalBasis":"l","decisionDate":"2026-01-10"}""".formatted(MARKET));
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.json().get("field").asString()).isEqualTo("creditCode");
    }

    static char checkChar(String body) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(body.charAt(i)) * weights[i];
        }
        return alphabet.charAt((31 - sum % 31) % 31);
    }

    @org.springframework.beans.factory.annotation.Autowired
    cn.gov.platform.credit.publicity.domain.Publications publications;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Test
    void aPublicationStoredBeforeItHadAVersionIsSavedOnceByCompareAndSetLikeAnyOther() {
        String id = "PERMIT-legacy-" + UUID.randomUUID();
        // No applicant: the minutely retry of pending publications leaves it alone while the test saves it.
        mongo.insert(new org.bson.Document("_id", id).append("kind", "PERMIT").append("itemCode", "SCJG-001").append("decision", "APPROVED").append("department", MARKET)
                .append("decisionDate", "2026-03-02").append("dueBy", "2026-03-11").append("state", "PENDING")
                .append("attempts", 0).append("receivedAt", java.util.Date.from(TestClock.now())), "publications");
        var legacy = publications.byId(id).orElseThrow();
        assertThat(legacy.version()).isZero();
        assertThat(legacy.dueByChanges()).isEmpty();

        var published = legacy.published(null, "申请人 lega****", null, TestClock.now());
        assertThat(publications.replace(legacy, published)).isTrue();
        assertThat(publications.replace(legacy, legacy.attemptFailed())).as("a stale save").isFalse();
        assertThat(publications.byId(id).orElseThrow().state()).isEqualTo(
                cn.gov.platform.credit.publicity.domain.Publication.State.PUBLISHED);
        assertThat(publications.byId(id).orElseThrow().version()).isEqualTo(1);
    }
}
