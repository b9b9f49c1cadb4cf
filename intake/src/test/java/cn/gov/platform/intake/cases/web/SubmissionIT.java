package cn.gov.platform.intake.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestIssuer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Filing a case: idempotency, routing, agents, and everything that must store nothing. */
class SubmissionIT extends IntakeIT {

    private static final String FOOD = """
            {"itemCode":"SCJG-002","division":"640324000000",
             "certificates":[{"materialCode":"business-licence","certificateNumber":"BL-1"}]}""";

    private Api.Reply fileWithKey(String token, String key, String body) {
        return api().send("POST", "/api/intake/cases", token, body,
                Map.of("Content-Type", "application/json", "Idempotency-Key", key));
    }

    @Test
    void withoutAnIdempotencyKeyTheSubmissionIsRefusedAndNothingIsStored() {
        long before = cases();

        Api.Reply refused = api().post("/api/intake/cases", citizen(), FOOD);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
        assertThat(refused.json().get("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void aRetriedSubmissionReturnsTheSameCaseAndNeverASecondOne() {
        String key = "retry-" + UUID.randomUUID();
        long before = cases();

        Api.Reply first = fileWithKey(citizen(), key, FOOD);
        Api.Reply retry = fileWithKey(citizen(), key, FOOD);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(cases()).isEqualTo(before + 1);

        Api.Reply reused = fileWithKey(citizen(), key, FOOD.replace("BL-1", "BL-2"));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(cases()).isEqualTo(before + 1);
    }

    @Test
    void concurrentRetriesStillMakeOneCase() throws Exception {
        String key = "race-" + UUID.randomUUID();
        long before = cases();
        String token = citizen();
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var replies = new java.util.ArrayList<java.util.concurrent.Future<Api.Reply>>();
            for (int i = 0; i < 8; i++) {
                replies.add(pool.submit(() -> fileWithKey(token, key, FOOD)));
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (var reply : replies) {
                assertThat(reply.get().status()).isIn(200, 201);
                ids.add(reply.get().json().get("id").asString());
            }
            assertThat(ids).hasSize(1);
        }
        assertThat(cases()).isEqualTo(before + 1);
    }

    @Test
    void anUnknownItemIs404AndStoresNothing() {
        long before = cases();

        Api.Reply refused = file(citizen(), "{\"itemCode\":\"SCJG-999\",\"division\":\"640324000000\"}");

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.json().get("code").asString()).isEqualTo("ITEM_NOT_FOUND");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void aMalformedBodyNamesTheField() {
        Api.Reply refused = file(citizen(), "{\"itemCode\":\"SCJG-002\",\"division\":\"6403\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("division");
    }

    @Test
    void anItemNotHandledWhereItIsFiledIsAnsweredWithWhereItIsHandled() {
        long before = cases();

        Api.Reply routed = file(citizen(), """
                {"itemCode":"SCJG-002","division":"640324100000"}""");

        assertThat(routed.status()).isEqualTo(422);
        assertThat(routed.json().get("code").asString()).isEqualTo("ITEM_NOT_HANDLED_HERE");
        assertThat(routed.json().get("message").get("zh").asString())
                .contains("同心县市场监督管理局", "同心县政务服务中心", "0953-8021301");
        // The English half names the office and the address in English, as the guide does.
        assertThat(routed.json().get("message").get("en").asString())
                .contains("Tongxin County Administration for Market Regulation", "Tongxin County", "0953-8021301")
                .doesNotContainPattern("\\p{IsHan}");
        assertThat(cases()).isEqualTo(before);

        Api.Reply routing = api().get("/api/intake/catalogue/items/SCJG-002/routing?division=640324100000", null);
        assertThat(routing.json().get("handledHere").asBoolean()).isFalse();
        assertThat(routing.json().get("handledAt").get(0).get("department").asString()).isEqualTo(MARKET);
    }

    @Test
    void anAgentFilesForAVillagerWithAMandateAndTheCaseIsTheVillagers() {
        mandate("demo-agent", "villager-ma", "MZ-002");
        String agent = issuer().token("demo-agent", "agent");
        String villager = issuer().token("villager-ma", "citizen");

        Api.Reply filed = file(agent, """
                {"itemCode":"MZ-002","division":"640324100201","principalSubject":"%s",
                 "certificates":[{"materialCode":"id-card","certificateNumber":"RID-9"},
                                 {"materialCode":"household-register","certificateNumber":"HR-9"}]}"""
                .formatted(TestIssuer.subjectOf("villager-ma")));

        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.json().get("filedByAgent").asBoolean()).isTrue();
        String id = filed.json().get("id").asString();
        assertThat(api().get("/api/intake/cases", villager).body()).contains(id);
        assertThat(api().get("/api/intake/cases/" + id, villager).status()).isEqualTo(200);
        assertThat(api().get("/api/intake/cases/" + id, agent).status()).isEqualTo(200);
        IDENTITY.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/identity/internal/mandates/check"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer svc-intake-token")));
    }

    @Test
    void anAgentWithoutAMandateIsRefusedAndNothingIsStored() {
        long before = cases();

        Api.Reply refused = file(issuer().token("demo-agent", "agent"), """
                {"itemCode":"MZ-002","division":"640324100201","principalSubject":"%s"}"""
                .formatted(TestIssuer.subjectOf("villager-without-consent")));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("MANDATE_REQUIRED");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void whenIdentityCannotAnswerAgentsAndStaffAreRefusedWith503NeverAllowed() {
        Api.Reply filed = file(citizen(), FOOD);
        String id = filed.json().get("id").asString();
        mandate("demo-agent", "villager-ma", "MZ-002");
        identityDown();
        long before = cases();

        Api.Reply agentFiling = file(issuer().token("demo-agent", "agent"), """
                {"itemCode":"MZ-002","division":"640324100201","principalSubject":"%s"}"""
                .formatted(TestIssuer.subjectOf("villager-ma")));
        Api.Reply staffAction = act(clerk(), id, "accept", "{}");

        assertThat(agentFiling.status()).isEqualTo(503);
        assertThat(agentFiling.isProblem()).isTrue();
        assertThat(agentFiling.json().get("code").asString()).isEqualTo("IDENTITY_UNAVAILABLE");
        assertThat(staffAction.status()).isEqualTo(503);
        assertThat(cases()).isEqualTo(before);
        assertThat(api().get("/api/intake/cases/" + id, citizen()).json().get("state").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void staffCannotFileApplications() {
        Api.Reply refused = file(clerk(), FOOD);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("APPLICANT_ROLE_REQUIRED");
    }

    @Test
    void oversizedOrWronglyTypedFilesAreRefusedAndNothingIsStored() {
        Api.Reply drafted = file(citizen(), "{\"itemCode\":\"SCJG-002\",\"division\":\"640324000000\",\"draft\":true}");
        String id = drafted.json().get("id").asString();
        long files = mongo.getCollection("fs.files").countDocuments();

        Api.Reply tooBig = upload(citizen(), id, "premises-layout", "big.pdf", "application/pdf", pdf(10 * 1024 * 1024 + 1));
        Api.Reply notPdf = upload(citizen(), id, "premises-layout", "virus.pdf", "application/pdf",
                "MZ\u0090 this is an executable".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Api.Reply lies = upload(citizen(), id, "premises-layout", "photo.png", "image/png", pdf(100));
        Api.Reply unknownMaterial = upload(citizen(), id, "no-such-material", "a.pdf", "application/pdf", pdf(100));

        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.json().get("code").asString()).isEqualTo("FILE_TOO_LARGE");
        assertThat(notPdf.status()).isEqualTo(400);
        assertThat(notPdf.json().get("code").asString()).isEqualTo("FILE_TYPE_NOT_ALLOWED");
        assertThat(lies.json().get("code").asString()).isEqualTo("FILE_TYPE_MISMATCH");
        assertThat(unknownMaterial.status()).isEqualTo(400);
        assertThat(mongo.getCollection("fs.files").countDocuments()).isEqualTo(files);
        assertThat(api().get("/api/intake/cases/" + id, citizen()).json().get("materials").size()).isZero();
    }

    @Test
    void anUploadThatIsNotValidMultipartIs400NamingTheFileAndStoresNothing() {
        Api.Reply drafted = file(citizen(), "{\"itemCode\":\"SCJG-002\",\"division\":\"640324000000\",\"draft\":true}");
        String id = drafted.json().get("id").asString();
        String path = "/api/intake/cases/" + id + "/materials/premises-layout";

        Api.Reply noBoundary = api().send("PUT", path, citizen(), "--x\r\n\r\n",
                java.util.Map.of("Content-Type", "multipart/form-data"));
        Api.Reply cutShort = api().send("PUT", path, citizen(), "--b\r\nContent-Disposition: form-data; name=\"file\"",
                java.util.Map.of("Content-Type", "multipart/form-data; boundary=b"));

        for (Api.Reply reply : java.util.List.of(noBoundary, cutShort)) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(400);
            assertThat(reply.isProblem()).isTrue();
            assertThat(reply.json().get("code").asString()).isIn("MALFORMED_MULTIPART", "FILE_REQUIRED");
            assertThat(reply.json().get("field").asString()).isEqualTo("file");
        }
        assertThat(noBoundary.json().get("code").asString()).isEqualTo("MALFORMED_MULTIPART");
        assertThat(api().get("/api/intake/cases/" + id, citizen()).json().get("materials").size()).isZero();
    }
}
