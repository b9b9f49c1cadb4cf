package cn.gov.platform.intake.cases.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestIssuer;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 18: members acting for an enterprise (header X-Acting-For), as identity confirms on each request. */
class EnterpriseCasesIT extends IntakeIT {

    private static final String CODE = "91640324MA76TX0DXL";
    private static final String NAME = "同心县豫海商贸有限公司";
    private static final String SCJG_002 = "{\"itemCode\":\"SCJG-002\",\"division\":\"640324000000\"}";

    private static void member(String username, String role) {
        IDENTITY.stubFor(get(urlPathEqualTo("/api/identity/internal/enterprises/" + CODE + "/members/"
                + TestIssuer.subjectOf(username))).atPriority(1).willReturn(okJson(
                "{\"creditCode\":\"" + CODE + "\",\"name\":\"" + NAME + "\",\"role\":\"" + role + "\"}")));
    }

    private static void removed(String username) {
        IDENTITY.stubFor(get(urlPathEqualTo("/api/identity/internal/enterprises/" + CODE + "/members/"
                + TestIssuer.subjectOf(username))).atPriority(1).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":404,\"code\":\"ENTERPRISE_NOT_FOUND\"}")));
    }

    private Api.Reply fileFor(String token, String code, String body) {
        return api().send("POST", "/api/intake/cases", token, body, Map.of("Content-Type", "application/json",
                "Idempotency-Key", "it-" + UUID.randomUUID(), "X-Acting-For", code));
    }

    private Api.Reply getFor(String token, String path) {
        return api().send("GET", path, token, null, Map.of("X-Acting-For", CODE));
    }

    private Api.Reply postFor(String token, String path, String body) {
        return api().send("POST", path, token, body, Map.of("Content-Type", "application/json", "X-Acting-For", CODE));
    }

    @Test
    void aFilerFilesForTheEnterpriseAndEveryMemberFollowsItOnlyWhileActingForIt() {
        member("ec-filer", "FILER");
        member("ec-viewer", "VIEWER");
        String filer = issuer().token("ec-filer", "citizen");
        String viewer = issuer().token("ec-viewer", "citizen");

        Api.Reply filed = fileFor(filer, CODE, SCJG_002);
        assertThat(filed.status()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        assertThat(filed.json().get("enterprise").get("creditCode").asString()).isEqualTo(CODE);
        assertThat(filed.json().get("enterprise").get("name").asString()).isEqualTo(NAME);
        JsonNode drafted = filed.json().get("history").get(0);
        assertThat(drafted.get("actor").asString()).isEqualTo("ec-filer");
        assertThat(drafted.get("forEnterprise").get("name").asString()).isEqualTo(NAME);
        // The applicant is the enterprise, not the person who filed.
        Document stored = mongo.getCollection("cases").find(new Document("_id", id)).first();
        assertThat(stored.getString("applicantSubject")).isEqualTo("enterprise:" + CODE);
        assertThat(stored.getString("filerSubject")).isEqualTo(TestIssuer.subjectOf("ec-filer"));

        Api.Reply listed = getFor(viewer, "/api/intake/cases");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains(id).contains(NAME);
        assertThat(getFor(viewer, "/api/intake/cases/" + id).status()).isEqualTo(200);

        // For themselves, neither the filer nor the viewer has the enterprise's case.
        assertThat(api().get("/api/intake/cases/" + id, viewer).status()).isEqualTo(404);
        assertThat(api().get("/api/intake/cases/" + id, filer).status()).isEqualTo(404);
        assertThat(api().get("/api/intake/cases", filer).body()).doesNotContain(id);
        // Nor does a stranger, nor the staff of another department.
        assertThat(api().get("/api/intake/cases/" + id, issuer().token("ec-stranger", "citizen")).status()).isEqualTo(404);

        Api.Reply viewerWithdraws = postFor(viewer, "/api/intake/cases/" + id + "/withdraw", "{\"reason\":\"不办了\"}");
        assertThat(viewerWithdraws.status()).isEqualTo(403);
        assertThat(viewerWithdraws.json().get("code").asString()).isEqualTo("MEMBER_ROLE_FORBIDS");
        assertThat(viewerWithdraws.json().get("field").asString()).isEqualTo("X-Acting-For");

        Api.Reply withdrawn = postFor(filer, "/api/intake/cases/" + id + "/withdraw", "{\"reason\":\"材料有误，重新申请\"}");
        assertThat(withdrawn.status()).isEqualTo(200);
        JsonNode history = withdrawn.json().get("history");
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("to").asString()).isEqualTo("WITHDRAWN");
        assertThat(last.get("actor").asString()).isEqualTo("ec-filer");
        assertThat(last.get("forEnterprise").get("creditCode").asString()).isEqualTo(CODE);
    }

    @Test
    void anotherMemberSupplementsAndSubmitsTheEnterprisesDraft() {
        member("ec-rep", "REPRESENTATIVE");
        member("ec-admin", "ADMINISTRATOR");
        Api.Reply draft = fileFor(issuer().token("ec-rep", "enterprise"), CODE,
                "{\"itemCode\":\"SCJG-002\",\"division\":\"640324000000\",\"draft\":true}");
        assertThat(draft.status()).isEqualTo(201);
        String id = draft.json().get("id").asString();

        Api.Reply submitted = postFor(issuer().token("ec-admin", "citizen"), "/api/intake/cases/" + id + "/submit", "");
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().get("state").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void aViewerMayNotFileForTheEnterprise() {
        member("ec-viewer-2", "VIEWER");
        long before = cases();
        Api.Reply refused = fileFor(issuer().token("ec-viewer-2", "citizen"), CODE, SCJG_002);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("MEMBER_ROLE_FORBIDS");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void aNonMemberIsRefusedWith403AndAMalformedCodeWith400BothNamingTheHeader() {
        removed("ec-outsider");
        String outsider = issuer().token("ec-outsider", "citizen");
        Api.Reply notMember = fileFor(outsider, CODE, SCJG_002);
        assertThat(notMember.status()).isEqualTo(403);
        assertThat(notMember.json().get("code").asString()).isEqualTo("NOT_ENTERPRISE_MEMBER");
        assertThat(notMember.json().get("field").asString()).isEqualTo("X-Acting-For");
        assertThat(getFor(outsider, "/api/intake/cases").status()).isEqualTo(403);

        Api.Reply malformed = fileFor(outsider, "91640324MA76TX0DX1", SCJG_002);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("code").asString()).isEqualTo("INVALID_CREDIT_CODE");
        assertThat(malformed.json().get("field").asString()).isEqualTo("X-Acting-For");
    }

    @Test
    void aRemovedMemberIsRefusedOnTheVeryNextRequest() {
        member("ec-leaver", "FILER");
        String leaver = issuer().token("ec-leaver", "citizen");
        String id = fileFor(leaver, CODE, SCJG_002).json().get("id").asString();
        assertThat(getFor(leaver, "/api/intake/cases/" + id).status()).isEqualTo(200);

        removed("ec-leaver");

        assertThat(getFor(leaver, "/api/intake/cases/" + id).status()).isEqualTo(403);
        assertThat(api().get("/api/intake/cases/" + id, leaver).status()).isEqualTo(404);
    }

    @Test
    void whenIdentityCannotAnswerActingForAnEnterpriseIsRefusedWith503NeverAssumed() {
        IDENTITY.stubFor(get(urlPathMatching("/api/identity/internal/enterprises/.*")).atPriority(1)
                .willReturn(aResponse().withStatus(500)));
        long before = cases();
        Api.Reply refused = fileFor(issuer().token("ec-filer-down", "citizen"), CODE, SCJG_002);
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.json().get("code").asString()).isEqualTo("IDENTITY_UNAVAILABLE");
        assertThat(cases()).isEqualTo(before);
    }
}
