package cn.gov.platform.credit.subjects.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.credit.CreditIT;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestIssuer;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, point 1: the members of an enterprise see its credit standing (entries in force and its
 * class, CRE-5) while acting for it ({@code X-Acting-For}); filers and above file objections for it,
 * viewers only look, and non-members are refused. Identity (WireMock) answers the memberships.
 */
class EnterpriseStandingIT extends CreditIT {

    private static final String BODY = "91640324MA0000M18";
    private static final String CODE = BODY + UnifiedSocialCreditCode.checkCharacter(BODY);
    private static final String NAME = "同心县成员测试有限公司";

    private String reviewer;
    private String entryId;

    @BeforeEach
    void theEnterpriseIsOnTheBlackList() {
        member("es-viewer", "VIEWER");
        member("es-filer", "FILER");
        IDENTITY.stubFor(get(urlPathEqualTo(membership("es-outsider"))).atPriority(1)
                .willReturn(aResponse().withStatus(404)));
        reviewer = issuer().staffToken("es-reviewer", "640324000000", MARKET, "reviewer");
        Api.Reply listed = postJson("/api/credit/entries", reviewer, """
                {"subject":{"kind":"LEGAL_PERSON","creditCode":"%s","name":"%s"},
                 "list":"BLACK","listType":"SERIOUS_MARKET_VIOLATION","issuingDepartment":"%s",
                 "legalBasis":"市场监管总局令第44号","reason":"测试","documentNumber":"同市监严失〔2026〕%s号",
                 "start":"2026-01-01"}""".formatted(CODE, NAME, MARKET, System.nanoTime() % 100000));
        assertThat(listed.status()).as(listed.body()).isIn(200, 201);
        entryId = listed.json().get("entryId").asString();
    }

    private static String membership(String username) {
        return "/api/identity/internal/enterprises/" + CODE + "/members/" + TestIssuer.subjectOf(username);
    }

    private static void member(String username, String role) {
        IDENTITY.stubFor(get(urlPathEqualTo(membership(username))).atPriority(1).willReturn(okJson(
                "{\"creditCode\":\"%s\",\"name\":\"%s\",\"role\":\"%s\"}".formatted(CODE, NAME, role))));
    }

    private Api.Reply asMember(String method, String path, String username, String body, String key) {
        Map<String, String> headers = body == null ? Map.of("X-Acting-For", CODE)
                : Map.of("X-Acting-For", CODE, "Content-Type", "application/json", "Idempotency-Key", key);
        return api().send(method, path, issuer().token(username, "enterprise"), body, headers);
    }

    @Test
    void aViewerSeesTheEnterprisesEntriesAndItsClassAsTheSupervisorDoes() {
        Api.Reply entries = asMember("GET", "/api/credit/me/entries", "es-viewer", null, null);
        Api.Reply own = api().get("/api/credit/me/entries", issuer().token("es-viewer", "enterprise"));
        Api.Reply mine = asMember("GET", "/api/credit/me/class", "es-viewer", null, null);
        Api.Reply supervised = api().get("/api/credit/classes/" + CODE,
                issuer().staffToken("es-supervisor", "640324000000", "county-supervision", "supervisor"));

        assertThat(entries.status()).as(entries.body()).isEqualTo(200);
        assertThat(entries.body()).contains(entryId);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).doesNotContain(entryId);
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(supervised.status()).as(supervised.body()).isEqualTo(200);
        assertThat(mine.json().get("creditClass").asString()).isEqualTo(supervised.json().get("creditClass").asString())
                .isNotEqualTo("A");
        assertThat(mine.json().get("reasons").size()).isPositive();
    }

    @Test
    void aFilerObjectsForTheEnterpriseAViewerMayNotAndEveryMemberSeesTheObjection() {
        String filing = "{\"kind\":\"OBJECTION\",\"entryId\":\"%s\",\"statement\":\"该处罚已被复议撤销\",\"evidence\":[\"复议决定书\"]}"
                .formatted(entryId);

        Api.Reply refused = asMember("POST", "/api/credit/petitions", "es-viewer", filing, "es-v-" + entryId);
        Api.Reply filed = asMember("POST", "/api/credit/petitions", "es-filer", filing, "es-f-" + entryId);
        Api.Reply seen = asMember("GET", "/api/credit/me/petitions", "es-viewer", null, null);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("MEMBER_ROLE_FORBIDS");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body()).contains(filed.json().get("petitionId").asString());
    }

    @Test
    void someoneWhoIsNotAMemberIsRefusedNamingTheHeader() {
        Api.Reply reply = asMember("GET", "/api/credit/me/entries", "es-outsider", null, null);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("code").asString()).isEqualTo("NOT_ENTERPRISE_MEMBER");
        assertThat(reply.json().get("field").asString()).isEqualTo("X-Acting-For");
        assertThat(reply.body()).doesNotContain(entryId);
    }

    @Test
    void aPersonHasNoCreditClass() {
        isPerson("es-citizen", DEMO_CITIZEN_ID, "马文华");

        Api.Reply reply = api().get("/api/credit/me/class", issuer().token("es-citizen", "citizen"));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("code").asString()).isEqualTo("NO_CREDIT_CLASS");
    }
}
