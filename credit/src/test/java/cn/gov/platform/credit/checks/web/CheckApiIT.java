package cn.gov.platform.credit.checks.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.credit.CreditIT;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestIssuer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.StreamOffset;
import tools.jackson.databind.JsonNode;

class CheckApiIT extends CreditIT {

    @Test
    void aBlackListedEnterpriseApplyingForTheRestrictedItemIsToldToRefuseWithMeasureAndLegalBasis() {
        isEnterprise("ck-enterprise", DEMO_CREDIT_CODE, "同心县豫海商贸有限公司");

        Api.Reply reply = check("ck-enterprise", "SCJG-002");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode answer = reply.json();
        assertThat(answer.get("standing").asString()).isEqualTo("RESTRICTIONS");
        assertThat(answer.get("incentives")).isEmpty();
        List<String> kinds = answer.get("restrictions").valueStream().map(m -> m.get("kind").asString()).toList();
        assertThat(kinds).contains("REFUSE", "ADDITIONAL_REVIEW", "NO_TOLERANCE");
        JsonNode refuse = answer.get("restrictions").valueStream().filter(m -> m.get("kind").asString().equals("REFUSE"))
                .findFirst().orElseThrow();
        assertThat(refuse.get("measureId").asString()).isEqualTo("MARKET-REFUSE");
        assertThat(refuse.get("measureVersion").asInt()).isEqualTo(1);
        assertThat(refuse.get("legalBasis").asString()).contains("市场监督管理严重违法失信名单管理办法");
        assertThat(refuse.get("description").get("zh").asString()).contains("食品经营许可");
        assertThat(answer.get("entries").get(0).get("list").asString()).isEqualTo("BLACK");
        assertThat(answer.get("entries").get(0).get("listType").asString()).isEqualTo("SERIOUS_MARKET_VIOLATION");
        assertThat(answer.get("checkId").asString()).isNotBlank();

        // Another item: restricted, but not refused.
        List<String> other = check("ck-enterprise", "SCJG-003").json().get("restrictions").valueStream()
                .map(m -> m.get("kind").asString()).toList();
        assertThat(other).doesNotContain("REFUSE").contains("ADDITIONAL_REVIEW");
    }

    @Test
    void aRedListedCitizenGetsToleranceAcceptanceAndPriorityAndTheNumberNeverShows() {
        isPerson("ck-citizen", DEMO_CITIZEN_ID, "马文清");

        Api.Reply reply = check("ck-citizen", "MZ-002");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("standing").asString()).isEqualTo("INCENTIVES");
        assertThat(reply.json().get("incentives").valueStream().map(m -> m.get("kind").asString()).toList())
                .contains("TOLERANCE_ALLOWED", "PRIORITY_HANDLING");
        assertThat(reply.body()).doesNotContain(DEMO_CITIZEN_ID);
        String cached = redis.opsForValue().get("credit:subject:" + TestIssuer.subjectOf("ck-citizen"));
        assertThat(cached).startsWith("P:").contains("马**").doesNotContain(DEMO_CITIZEN_ID).doesNotContain("马文清");
    }

    @Test
    void anUnknownSubjectHasNoMeasuresNotA404() {
        Api.Reply reply = postJson("/api/credit/internal/checks", serviceToken(),
                "{\"subject\":\"unknown\",\"itemCode\":\"SCJG-002\",\"caseId\":\"c-1\",\"stage\":\"DECISION\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("standing").asString()).isEqualTo("NO_MEASURES");
        assertThat(reply.json().get("entries")).isEmpty();
    }

    @Test
    void whenIdentityIsDownAnUncachedSubjectIsA503NeverAGuess() {
        IDENTITY.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/identity/internal/persons/"
                        + TestIssuer.subjectOf("ck-down") + "/credit-subject"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(500)));

        Api.Reply reply = check("ck-down", "SCJG-002");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("code").asString()).isEqualTo("IDENTITY_UNAVAILABLE");
    }

    @Test
    void everyCheckRecordIsInTheStoreBeforeItsAnswerArrives() {
        isEnterprise("ck-durable", DEMO_CREDIT_CODE, "同心县豫海商贸有限公司");

        List<String> checkIds = java.util.stream.IntStream.range(0, 20).parallel()
                .mapToObj(i -> check("ck-durable", "SCJG-002"))
                .peek(reply -> assertThat(reply.status()).isEqualTo(200))
                .map(reply -> reply.json().get("checkId").asString()).toList();

        // Read at once, no waiting: an answer is sent only after its record was written.
        assertThat(checkIds).allSatisfy(id -> assertThat(mongo.findById(id, org.bson.Document.class, "checks"))
                .as("check record " + id).isNotNull());
    }

    @Test
    void onlyServiceAccountsMayCheckAndBadInputIsA400NamingTheField() {
        String citizen = issuer().token("ck-nosy", "citizen");
        assertThat(postJson("/api/credit/internal/checks", citizen,
                "{\"subject\":\"x\",\"itemCode\":\"SCJG-002\",\"caseId\":\"c\",\"stage\":\"ACCEPTANCE\"}").status())
                .isEqualTo(403);

        Api.Reply bad = postJson("/api/credit/internal/checks", serviceToken(),
                "{\"subject\":\"x\",\"itemCode\":\"not an item\",\"caseId\":\"c\",\"stage\":\"ACCEPTANCE\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.isProblem()).isTrue();
        assertThat(bad.json().get("field").asString()).isEqualTo("itemCode");

        Api.Reply badStage = postJson("/api/credit/internal/checks", serviceToken(),
                "{\"subject\":\"x\",\"itemCode\":\"SCJG-002\",\"caseId\":\"c\",\"stage\":\"LATER\"}");
        assertThat(badStage.status()).isEqualTo(400);
    }

    @Test
    void feedbackIsKeptOncePerCheckAndActionAndMustCiteTheChecksMeasures() {
        isEnterprise("fb-enterprise", DEMO_CREDIT_CODE, "同心县豫海商贸有限公司");
        JsonNode answer = check("fb-enterprise", "SCJG-002").json();
        String checkId = answer.get("checkId").asString();
        String caseId = postJsonCaseId(answer);
        String body = "{\"caseId\":\"%s\",\"caseNumber\":null,\"action\":\"REFUSED\",\"measureIds\":[\"MARKET-REFUSE\"],\"note\":\"不予受理\"}"
                .formatted(caseId);

        Api.Reply first = postJson("/api/credit/internal/checks/" + checkId + "/feedback", serviceToken(), body);
        Api.Reply retry = postJson("/api/credit/internal/checks/" + checkId + "/feedback", serviceToken(), body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("feedbackId").asString()).isEqualTo(first.json().get("feedbackId").asString());

        Api.Reply foreign = postJson("/api/credit/internal/checks/" + checkId + "/feedback", serviceToken(),
                "{\"caseId\":\"%s\",\"action\":\"TOLERANCE_GRANTED\",\"measureIds\":[\"RED-TOLERANCE\"]}".formatted(caseId));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().get("code").asString()).isEqualTo("MEASURE_NOT_IN_CHECK");

        assertThat(postJson("/api/credit/internal/checks/no-such-check/feedback", serviceToken(), body).status())
                .isEqualTo(404);
    }

    private String postJsonCaseId(JsonNode answer) {
        // The helper used a random case id; read it back from the stored check.
        String checkId = answer.get("checkId").asString();
        eventually(() -> assertThat(mongo.findById(checkId, org.bson.Document.class, "checks")).isNotNull());
        return mongo.findById(checkId, org.bson.Document.class, "checks").getString("caseId");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Test
    void anUpheldObjectionLiftsTheRestrictionAtOnceAndTellsTheFiler() {
        String code = "91640324MA0000001" + checkChar("91640324MA0000001");
        isEnterprise("obj-enterprise", code, "同心县异议测试有限公司");
        String reviewer = issuer().staffToken("obj-reviewer", "640324000000", MARKET, "reviewer");
        Api.Reply listed = postJson("/api/credit/entries", reviewer, """
                {"subject":{"kind":"LEGAL_PERSON","creditCode":"%s","name":"同心县异议测试有限公司"},
                 "list":"BLACK","listType":"SERIOUS_MARKET_VIOLATION","issuingDepartment":"%s",
                 "legalBasis":"市场监管总局令第44号","reason":"测试","documentNumber":"同市监严失〔2026〕99号",
                 "start":"2026-01-01"}""".formatted(code, MARKET));
        assertThat(listed.status()).isEqualTo(201);
        String entryId = listed.json().get("entryId").asString();
        assertThat(check("obj-enterprise", "SCJG-002").json().get("standing").asString()).isEqualTo("RESTRICTIONS");

        String enterprise = issuer().token("obj-enterprise", "enterprise");
        String filing = "{\"kind\":\"OBJECTION\",\"entryId\":\"%s\",\"statement\":\"该处罚已被复议撤销\",\"evidence\":[\"复议决定书\"]}"
                .formatted(entryId);
        Api.Reply filed = postJson("/api/credit/petitions", enterprise, filing, "obj-1");
        assertThat(filed.status()).isEqualTo(201);
        assertThat(postJson("/api/credit/petitions", enterprise, filing, "obj-1").status()).isEqualTo(200);
        assertThat(filed.json().get("dueBy").asString()).isNotBlank();
        String petitionId = filed.json().get("petitionId").asString();

        // Someone else's objection about the same entry: the entry does not exist for them.
        isEnterprise("obj-stranger", DEMO_CREDIT_CODE, "同心县豫海商贸有限公司");
        assertThat(postJson("/api/credit/petitions", issuer().token("obj-stranger", "enterprise"), filing, "x-1").status())
                .isEqualTo(404);
        // Staff of another department cannot decide it.
        String other = issuer().staffToken("obj-other", "640324000000", "county-tax", "reviewer");
        assertThat(postJson("/api/credit/petitions/" + petitionId + "/decision", other,
                "{\"upheld\":true,\"reasons\":\"x\"}").status()).isEqualTo(404);

        Api.Reply decided = postJson("/api/credit/petitions/" + petitionId + "/decision", reviewer,
                "{\"upheld\":true,\"reasons\":\"复议决定撤销了原处罚，列入依据不存在\"}");
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.json().get("state").asString()).isEqualTo("UPHELD");

        assertThat(check("obj-enterprise", "SCJG-002").json().get("standing").asString()).isEqualTo("NO_MEASURES");
        assertThat(api().get("/api/credit/entries/" + entryId, reviewer).json().get("status").asString())
                .isEqualTo("WITHDRAWN");

        eventually(() -> {
            List<MapRecord<String, Object, Object>> events = redis.opsForStream().read(StreamOffset.fromStart("credit.events"));
            List<Map<Object, Object>> mine = events.stream().map(MapRecord::getValue)
                    .filter(v -> entryId.equals(v.get("entryId"))).toList();
            assertThat(mine).extracting(v -> v.get("type")).contains("EntryListed", "ObjectionFiled", "EntryLifted",
                    "ObjectionDecided");
            assertThat(mine).filteredOn(v -> "ObjectionDecided".equals(v.get("type")))
                    .extracting(v -> v.get("recipientSubject")).containsOnly(TestIssuer.subjectOf("obj-enterprise"));
        });
    }

    private static char checkChar(String body) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(body.charAt(i)) * weights[i];
        }
        return alphabet.charAt((31 - sum % 31) % 31);
    }
}
