package cn.gov.platform.credit.common.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.credit.CreditIT;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestClock;
import cn.gov.platform.testkit.TestIssuer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.stream.StreamRecords;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18, point 4: credit's staff actions are checked with identity's staff check (role,
 * department, division subtree) as intake's are, with WireMock standing in for identity; a token's
 * claims alone grant nothing, and a supervisor sees their division's subtree only.
 */
class StaffAuthorityIT extends CreditIT {

    private static final String COUNTY = "640324000000";
    private static final String YUHAI = "640324100000";
    private static final String YUHAI_VILLAGE = "640324100201";
    private static final String HEXI = "640324101000";

    /** Identity does not confirm {@code username} in any post (e.g. moved away since the token). */
    private static void identityDoesNotConfirm(String username) {
        IDENTITY.stubFor(get(urlPathEqualTo(STAFF_CHECK)).atPriority(1)
                .withQueryParam("staff", equalTo(TestIssuer.subjectOf(username)))
                .willReturn(okJson("{\"allowed\":false,\"reason\":\"NO_POSITION\"}")));
    }

    @Test
    void aReviewerWhomIdentityDoesNotConfirmActsAsNoStaffAtAll() {
        String code = creditCode("91640324MA0000031");
        String confirmed = issuer().staffToken("sa-reviewer", COUNTY, MARKET, "reviewer");
        Api.Reply listed = postJson("/api/credit/entries", confirmed, """
                {"subject":{"kind":"LEGAL_PERSON","creditCode":"%s","name":"同心县岗位核验测试有限公司"},
                 "list":"BLACK","listType":"SERIOUS_MARKET_VIOLATION","issuingDepartment":"%s",
                 "legalBasis":"市场监管总局令第44号","reason":"测试","documentNumber":"同市监严失〔2026〕31号",
                 "start":"2026-01-01"}""".formatted(code, MARKET));
        assertThat(listed.status()).as(listed.body()).isEqualTo(201);
        String entryId = listed.json().get("entryId").asString();
        identityDoesNotConfirm("sa-former");
        String former = issuer().staffToken("sa-former", COUNTY, MARKET, "reviewer");

        Api.Reply read = api().get("/api/credit/entries/" + entryId, former);
        Api.Reply withdrawn = postJson("/api/credit/entries/" + entryId + "/withdrawal", former, "{\"reason\":\"撤销\"}");
        Api.Reply listedByFormer = postJson("/api/credit/entries", former, """
                {"subject":{"kind":"LEGAL_PERSON","creditCode":"%s","name":"同心县岗位核验测试有限公司"},
                 "list":"BLACK","listType":"SERIOUS_MARKET_VIOLATION","issuingDepartment":"%s",
                 "legalBasis":"市场监管总局令第44号","reason":"测试","documentNumber":"同市监严失〔2026〕32号",
                 "start":"2026-01-01"}""".formatted(code, MARKET));

        assertThat(read.status()).isEqualTo(404);
        assertThat(withdrawn.status()).isEqualTo(404);
        assertThat(listedByFormer.status()).isEqualTo(422);
        assertThat(listedByFormer.json().get("code").asString()).isEqualTo("NOT_ISSUING_DEPARTMENT");
        assertThat(api().get("/api/credit/entries/" + entryId, confirmed).status()).isEqualTo(200);
        IDENTITY.verify(getRequestedFor(urlPathEqualTo(STAFF_CHECK))
                .withQueryParam("staff", equalTo(TestIssuer.subjectOf("sa-former")))
                .withQueryParam("role", equalTo("reviewer"))
                .withQueryParam("department", equalTo(MARKET))
                .withQueryParam("division", equalTo(COUNTY)));
    }

    @Test
    void aSupervisorWhomIdentityDoesNotConfirmSeesNoReportAndNoClass() {
        identityDoesNotConfirm("sa-false-supervisor");
        String token = issuer().staffToken("sa-false-supervisor", COUNTY, "county-supervision", "supervisor");

        assertThat(api().get("/api/credit/publicity/overdue", token).status()).isEqualTo(404);
        assertThat(api().get("/api/credit/publicity/pending", token).status()).isEqualTo(404);
        assertThat(api().get("/api/credit/classes/" + DEMO_CREDIT_CODE, token).status()).isEqualTo(404);
        assertThat(api().get("/api/credit/classes?class=D", token).status()).isEqualTo(404);
    }

    @Test
    void whenIdentityCannotConfirmAStaffActionIsRefusedWith503NeverAllowed() {
        IDENTITY.stubFor(get(urlPathEqualTo(STAFF_CHECK)).atPriority(1).willReturn(aResponse().withStatus(503)));
        String token = issuer().staffToken("sa-supervisor-down", COUNTY, "county-supervision", "supervisor");

        Api.Reply reply = api().get("/api/credit/publicity/overdue", token);

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.json().get("code").asString()).isEqualTo("IDENTITY_UNAVAILABLE");
        assertThat(reply.header("Retry-After")).isNotNull();
    }

    @Test
    void aTownshipSupervisorSeesOnlyTheirTownshipsPublicationsAndTheCountySupervisorSeesThemAll() {
        String inYuhai = permitDecidedAt(YUHAI_VILLAGE);
        String inHexi = permitDecidedAt(HEXI);
        String atCounty = permitDecidedAt(COUNTY);
        String yuhai = issuer().staffToken("sa-yuhai-supervisor", YUHAI, "yuhai-town-service-center", "supervisor");
        String county = issuer().staffToken("sa-county-supervisor", COUNTY, "county-supervision", "supervisor");

        eventually(() -> assertThat(pendingIds(county)).contains(inYuhai, inHexi, atCounty));
        List<String> seenInYuhai = pendingIds(yuhai);

        assertThat(seenInYuhai).contains(inYuhai).doesNotContain(inHexi, atCounty);
        IDENTITY.verify(getRequestedFor(urlPathEqualTo(STAFF_CHECK))
                .withQueryParam("staff", equalTo(TestIssuer.subjectOf("sa-yuhai-supervisor")))
                .withQueryParam("role", equalTo("supervisor"))
                .withQueryParam("department", equalTo("yuhai-town-service-center"))
                .withQueryParam("division", equalTo(YUHAI)));
    }

    @Test
    void aTownshipSupervisorDoesNotSeeTheClassOfAnEnterpriseRegisteredAtTheCounty() {
        String yuhai = issuer().staffToken("sa-yuhai-classes", YUHAI, "yuhai-town-service-center", "supervisor");
        String county = issuer().staffToken("sa-county-classes", COUNTY, "county-supervision", "supervisor");

        assertThat(api().get("/api/credit/classes/" + DEMO_CREDIT_CODE, county).status()).isEqualTo(200);
        assertThat(api().get("/api/credit/classes/" + DEMO_CREDIT_CODE, yuhai).status()).isEqualTo(404);
        JsonNode countyD = api().get("/api/credit/classes?class=D", county).json();
        assertThat(countyD.valueStream().map(c -> c.get("creditCode").asString())).contains(DEMO_CREDIT_CODE);
        Api.Reply yuhaiD = api().get("/api/credit/classes?class=D", yuhai);
        assertThat(yuhaiD.status()).isEqualTo(200);
        assertThat(yuhaiD.json().valueStream().map(c -> c.get("creditCode").asString()))
                .doesNotContain(DEMO_CREDIT_CODE);
    }

    /** A permit decided at {@code division}; identity cannot name the applicant, so it stays pending. */
    private String permitDecidedAt(String division) {
        String username = "sa-applicant-" + division;
        IDENTITY.stubFor(get(urlPathEqualTo("/api/identity/internal/persons/" + TestIssuer.subjectOf(username)
                + "/credit-subject")).willReturn(aResponse().withStatus(503)));
        String caseId = UUID.randomUUID().toString();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("eventId", UUID.randomUUID().toString());
        fields.put("type", "CaseApproved");
        fields.put("caseId", caseId);
        fields.put("itemCode", "SCJG-001");
        fields.put("applicantSubject", TestIssuer.subjectOf(username));
        fields.put("division", division);
        fields.put("department", MARKET);
        fields.put("occurredAt", TestClock.now().toString());
        fields.put("payload", "{}");
        redis.opsForStream().add(StreamRecords.string(fields).withStreamKey("intake.case-events"));
        return "PERMIT-" + caseId;
    }

    private List<String> pendingIds(String token) {
        Api.Reply reply = api().get("/api/credit/publicity/pending", token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().valueStream().map(p -> p.get("id").asString()).toList();
    }
}
