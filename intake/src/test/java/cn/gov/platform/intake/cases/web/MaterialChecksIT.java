package cn.gov.platform.intake.cases.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestIssuer;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * CAT-3 over HTTP: another department's record is fetched through the data exchange (WireMock here, the
 * devprofile stand-in on a developer's machine) and never demanded; a record not held is demanded like
 * any material; certificate references the registry does not know are refused at filing; and whatever
 * the registry or the exchange could not answer is pending until it can, holding up acceptance and
 * every decision step.
 */
class MaterialChecksIT extends IntakeIT {

    private static final String ID_NUMBER = "640324198503120411";
    private static final String HOLDING = "/api/certificates/internal/certificates/%s/holding";

    @BeforeEach
    void theApplicantIsAPersonKnownToIdentity() {
        IDENTITY.stubFor(get(urlPathEqualTo("/api/identity/internal/persons/" + TestIssuer.subjectOf("demo-citizen")
                + "/credit-subject")).willReturn(okJson("{\"kind\":\"NATURAL_PERSON\",\"name\":\"马文清\",\"idNumber\":\""
                        + ID_NUMBER + "\"}")));
    }

    private static void exchangeHolds(String recordCode) {
        IDENTITY.stubFor(post(urlPathEqualTo(DATA_SHARING_QUERIES)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.recordCode", com.github.tomakehurst.wiremock.client.WireMock
                        .equalTo(recordCode)))
                .willReturn(okJson("""
                        {"status":"FOUND","reference":"宁(2024)同心县不动产权第0001234号",
                         "summary":"同心县豫海镇清水河路 12 号 商业用房 86.5㎡","department":"county-natural-resources",
                         "departmentName":"同心县自然资源局（不动产登记中心）"}""")));
    }

    private static void exchangeDown() {
        IDENTITY.stubFor(post(urlPathEqualTo(DATA_SHARING_QUERIES)).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
    }

    private static void registryAnswers(String number, String json) {
        IDENTITY.stubFor(get(urlPathEqualTo(HOLDING.formatted(number))).atPriority(1).willReturn(okJson(json)));
    }

    private static void registryDown(String number) {
        IDENTITY.stubFor(get(urlPathEqualTo(HOLDING.formatted(number))).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
    }

    /** SCJG-001 at the county, everything but the premises proof handed in, submitted at once. */
    private Api.Reply fileSoleTrader() {
        Api.Reply drafted = file(citizen(), """
                {"itemCode":"SCJG-001","division":"640324000000","draft":true,
                 "certificates":[{"materialCode":"id-card","certificateNumber":"RID-640324-000456"}]}""");
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String id = drafted.json().get("id").asString();
        assertThat(upload(citizen(), id, "application-form", "form.pdf", "application/pdf", pdf(512)).status())
                .isEqualTo(200);
        assertThat(upload(citizen(), id, "photo", "photo.pdf", "application/pdf", pdf(512)).status()).isEqualTo(200);
        return act(citizen(), id, "submit", "{}");
    }

    private static JsonNode material(JsonNode c, String code) {
        for (JsonNode m : c.get("materials")) {
            if (m.get("code").asString().equals(code)) {
                return m;
            }
        }
        throw new AssertionError("no material " + code + " in " + c);
    }

    private static List<String> missing(JsonNode c) {
        List<String> codes = new ArrayList<>();
        c.get("missingMaterials").forEach(m -> codes.add(m.get("code").asString()));
        return codes;
    }

    @Test
    void aRecordTheDepartmentHoldsIsFetchedShownWithItsSourceAndNeverDemanded() {
        exchangeHolds("real-estate-registration");

        Api.Reply submitted = fileSoleTrader();

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        JsonNode premises = material(submitted.json(), "premises-proof");
        assertThat(premises.get("source").asString()).isEqualTo("DEPARTMENT_RECORD");
        assertThat(premises.get("check").asString()).isEqualTo("checked");
        assertThat(premises.get("record").get("recordCode").asString()).isEqualTo("real-estate-registration");
        assertThat(premises.get("record").get("departmentName").asString()).isEqualTo("同心县自然资源局（不动产登记中心）");
        assertThat(premises.get("record").get("reference").asString()).isEqualTo("宁(2024)同心县不动产权第0001234号");
        assertThat(premises.get("record").get("fetchedAt").isNull()).isFalse();
        assertThat(missing(submitted.json())).isEmpty();
        assertThat(submitted.body()).doesNotContain(ID_NUMBER);
        // The exchange was asked with the applicant's identity number in the body, never in the address.
        IDENTITY.verify(postRequestedFor(urlPathEqualTo(DATA_SHARING_QUERIES)).withRequestBody(equalToJson("""
                {"recordCode":"real-estate-registration","department":"county-natural-resources",
                 "holder":{"kind":"NATURAL_PERSON","idNumber":"%s"}}""".formatted(ID_NUMBER), true, true)));

        String id = submitted.json().get("id").asString();
        Api.Reply accepted = act(clerk(), id, "accept", "{}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("state").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void aRecordTheDepartmentDoesNotHoldIsDemandedLikeAnyMaterialWithTheReason() {
        Api.Reply submitted = fileSoleTrader(); // the exchange's default: not held

        JsonNode premises = material(submitted.json(), "premises-proof");
        assertThat(premises.get("check").asString()).isEqualTo("refused");
        assertThat(premises.get("refusal").get("code").asString()).isEqualTo("RECORD_NOT_HELD");
        assertThat(missing(submitted.json())).containsExactly("premises-proof");
        JsonNode line = submitted.json().get("missingMaterials").get(0);
        assertThat(line.get("reason").get("zh").asString()).contains("没有申请人的该项记录");
        assertThat(line.get("reason").get("en").asString()).contains("holds no such record");

        String id = submitted.json().get("id").asString();
        Api.Reply notice = act(clerk(), id, "supplement-request", "{\"note\":\"请补交经营场所使用证明\"}");
        assertThat(notice.status()).as(notice.body()).isEqualTo(200);
        JsonNode defect = notice.json().get("notices").get(0).get("defects").get(0);
        assertThat(defect.get("materialCode").asString()).isEqualTo("premises-proof");
        assertThat(defect.get("kind").asString()).isEqualTo("MISSING");
        upload(citizen(), id, "premises-proof", "lease.pdf", "application/pdf", pdf(512));
        assertThat(act(citizen(), id, "resubmit", "{}").json().get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(act(clerk(), id, "accept", "{}").status()).isEqualTo(200);
    }

    @Test
    void aRecordTheExchangeCannotGiveIsPendingAndAcceptanceWaitsForItThenPassesOnceItAnswers() {
        exchangeDown();
        Api.Reply submitted = fileSoleTrader();

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(material(submitted.json(), "premises-proof").get("check").asString()).isEqualTo("pending");
        assertThat(missing(submitted.json())).as("pending is not demanded").isEmpty();
        String id = submitted.json().get("id").asString();

        Api.Reply refused = act(clerk(), id, "accept", "{}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("MATERIAL_CHECK_PENDING");
        assertThat(refused.json().get("field").asString()).isEqualTo("materials.premises-proof");
        assertThat(refused.body()).contains("经营场所使用证明").contains("try again");
        assertThat(refused.header("Retry-After")).as("the same step tried again asks again").isEqualTo("10");
        assertThat(api().get("/api/intake/cases/" + id, clerk()).json().get("state").asString()).isEqualTo("SUBMITTED");

        exchangeHolds("real-estate-registration");
        breakersClosedAgain();
        Api.Reply accepted = act(clerk(), id, "accept", "{}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(material(accepted.json(), "premises-proof").get("check").asString()).isEqualTo("checked");
    }

    @Test
    void aReferenceTheRegistryDoesNotKnowIsRefusedAtFilingWhileANationalCertificateIsLeftToStaff() {
        registryAnswers("YYZZ-2026-640324-000404", """
                {"number":"YYZZ-2026-640324-000404","status":"unknown","typeCode":null,"held":false}""");
        IDENTITY.stubFor(get(urlPathEqualTo(HOLDING.formatted("LICENCE-E2E"))).atPriority(1)
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"code\":\"INVALID_CERTIFICATE_NUMBER\"}")));
        long before = cases();

        for (String number : List.of("YYZZ-2026-640324-000404", "LICENCE-E2E")) {
            Api.Reply refused = file(citizen(), """
                    {"itemCode":"SCJG-002","division":"640324000000","draft":true,
                     "certificates":[{"materialCode":"business-licence","certificateNumber":"%s"}]}""".formatted(number));
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.json().get("code").asString()).isEqualTo("CERTIFICATE_UNKNOWN");
            assertThat(refused.json().get("field").asString()).isEqualTo("materials.business-licence");
            assertThat(refused.json().get("message").get("zh").asString()).contains(number).contains("营业执照");
            assertThat(refused.json().get("message").get("en").asString()).contains(number);
        }
        assertThat(cases()).as("nothing stored").isEqualTo(before);

        Api.Reply national = file(citizen(), """
                {"itemCode":"SCJG-002","division":"640324000000","draft":true,
                 "certificates":[{"materialCode":"id-card","certificateNumber":"RID-640324-E2E"}]}""");
        assertThat(national.status()).as(national.body()).isEqualTo(201);
        assertThat(material(national.json(), "id-card").get("check").asString()).isEqualTo("staffCheck");
    }

    @Test
    void aReferenceFiledWhileTheRegistryIsDownIsPendingAndAcceptanceWaitsUntilTheRegistryIsBack() {
        registryDown("YYZZ-2026-640324-000321");
        Api.Reply drafted = file(citizen(), """
                {"itemCode":"SCJG-002","division":"640324000000","draft":true,
                 "certificates":[{"materialCode":"business-licence","certificateNumber":"YYZZ-2026-640324-000321"},
                                 {"materialCode":"id-card","certificateNumber":"RID-640324-000456"}]}""");
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        assertThat(material(drafted.json(), "business-licence").get("check").asString()).isEqualTo("pending");
        String id = drafted.json().get("id").asString();
        for (String m : List.of("premises-layout", "safety-rules", "equipment-list")) {
            upload(citizen(), id, m, m + ".pdf", "application/pdf", pdf(512));
        }
        assertThat(act(citizen(), id, "submit", "{}").status()).isEqualTo(200);

        Api.Reply refused = act(clerk(), id, "accept", "{}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("MATERIAL_CHECK_PENDING");
        assertThat(refused.json().get("field").asString()).isEqualTo("materials.business-licence");

        registryAnswers("YYZZ-2026-640324-000321", """
                {"number":"YYZZ-2026-640324-000321","status":"valid","typeCode":"business-licence","held":true}""");
        breakersClosedAgain();
        Api.Reply accepted = act(clerk(), id, "accept", "{}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(material(accepted.json(), "business-licence").get("check").asString()).isEqualTo("checked");
    }

    /** An SCJG-002 case accepted with its licence confirmed, then stored unresolved as an earlier release left it. */
    private String acceptedWithAnUnresolvedReference(String number) {
        registryAnswers(number, """
                {"number":"%s","status":"valid","typeCode":"business-licence","held":true}""".formatted(number));
        Api.Reply drafted = file(citizen(), """
                {"itemCode":"SCJG-002","division":"640324000000","draft":true,
                 "certificates":[{"materialCode":"business-licence","certificateNumber":"%s"},
                                 {"materialCode":"id-card","certificateNumber":"RID-640324-000456"}]}""".formatted(number));
        String id = drafted.json().get("id").asString();
        for (String m : List.of("premises-layout", "safety-rules", "equipment-list")) {
            upload(citizen(), id, m, m + ".pdf", "application/pdf", pdf(512));
        }
        act(citizen(), id, "submit", "{}");
        assertThat(act(clerk(), id, "accept", "{}").status()).isEqualTo(200);
        mongo.getCollection("cases").updateOne(
                Filters.and(Filters.eq("_id", id), Filters.eq("materials.code", "business-licence")),
                Updates.set("materials.$.resolved", false));
        assertThat(material(api().get("/api/intake/cases/" + id, clerk()).json(), "business-licence").get("check")
                .asString()).isEqualTo("pending");
        return id;
    }

    @Test
    void registryDownThePendingReferenceRefusesTheDecisionStepAndOnceTheRegistryIsBackTheStepPasses() {
        String number = "YYZZ-2026-640324-000555";
        String id = acceptedWithAnUnresolvedReference(number);
        registryDown(number);

        Api.Reply refused = act(clerk(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"材料齐全\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("MATERIAL_CHECK_PENDING");
        assertThat(refused.json().get("field").asString()).isEqualTo("materials.business-licence");

        registryAnswers(number, """
                {"number":"%s","status":"valid","typeCode":"business-licence","held":true}""".formatted(number));
        breakersClosedAgain();
        Api.Reply passed = act(clerk(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"材料齐全\"}");
        assertThat(passed.status()).as(passed.body()).isEqualTo(200);
        assertThat(passed.json().get("state").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(material(passed.json(), "business-licence").get("check").asString()).isEqualTo("checked");
    }

    @Test
    void aPendingReferenceTheRegistryLaterDoesNotKnowRefusesApprovalAndCanBeAskedForInASupplement() {
        String number = "YYZZ-2026-640324-000666";
        String id = acceptedWithAnUnresolvedReference(number);
        registryAnswers(number, """
                {"number":"%s","status":"unknown","typeCode":null,"held":false}""".formatted(number));

        assertThat(act(clerk(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"材料齐全\"}").status())
                .isEqualTo(200);
        Api.Reply reviewed = act(reviewer(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"审核同意\"}");
        assertThat(material(reviewed.json(), "business-licence").get("check").asString()).isEqualTo("refused");
        assertThat(missing(reviewed.json())).containsExactly("business-licence");

        Api.Reply refused = act(approver(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"准予\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("CERTIFICATE_REFERENCE_REFUSED");
        assertThat(refused.json().get("field").asString()).isEqualTo("materials.business-licence");

        Api.Reply notice = act(approver(), id, "supplement-request", "{\"note\":\"营业执照核验未通过，请补正\"}");
        assertThat(notice.status()).as(notice.body()).isEqualTo(200);
        assertThat(notice.json().get("state").asString()).isEqualTo("SUPPLEMENT_REQUESTED");
        JsonNode last = notice.json().get("notices").get(notice.json().get("notices").size() - 1);
        assertThat(last.get("defects").get(0).get("materialCode").asString()).isEqualTo("business-licence");
    }
}
