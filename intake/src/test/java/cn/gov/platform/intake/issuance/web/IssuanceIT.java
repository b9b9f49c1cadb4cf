package cn.gov.platform.intake.issuance.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestIssuer;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 5's "an approval in intake issues a certificate automatically", with WireMock as the
 * registry and identity: the request the registry receives, retries while it is down, a refusal
 * that staff correct, who may see what, and certificates fetched instead of paper (CAT-3).
 */
class IssuanceIT extends IntakeIT {

    private static final String ISSUE = "/api/certificates/internal/certificates";

    @BeforeEach
    void holderAndTypesAreKnown() {
        IDENTITY.stubFor(get(urlPathEqualTo("/api/certificates/types/business-licence")).willReturn(okJson(
                "{\"code\":\"business-licence\",\"fields\":[{\"name\":\"name\"},{\"name\":\"entityType\"},"
                        + "{\"name\":\"operator\"}]}")));
        IDENTITY.stubFor(get(urlPathMatching("/api/identity/internal/persons/.+/credit-subject"))
                .willReturn(okJson("{\"kind\":\"LEGAL_PERSON\",\"name\":\"同心县清真食品有限公司\",\"creditCode\":\"91640324MA76TX0DXL\"}")));
    }

    @Test
    void anApprovalIssuesTheCertificateWithTheDataStaffEnteredAndTheHolderIdentityNames() {
        registryIssues("YY-2026-640324-000001");
        String id = decidedLicenceCase(enterprise(), "{\"fields\":{\"entityType\":\"有限责任公司\"}}");

        JsonNode issued = awaitState(enterprise(), id, "ISSUED");

        assertThat(issued.get("certificateNumber").asString()).isEqualTo("YY-2026-640324-000001");
        assertThat(issued.get("verifyPath").asString()).isEqualTo("/api/certificates/verify/YY-2026-640324-000001");
        IDENTITY.verify(1, postRequestedFor(urlPathEqualTo(ISSUE))
                .withHeader("Authorization", equalTo("Bearer svc-intake-token"))
                .withRequestBody(matchingJsonPath("$.typeCode", equalTo("business-licence")))
                .withRequestBody(matchingJsonPath("$.caseNumber", equalTo(issued.get("caseNumber").asString())))
                .withRequestBody(matchingJsonPath("$.holder.kind", equalTo("enterprise")))
                .withRequestBody(matchingJsonPath("$.holder.subject", equalTo(TestIssuer.subjectOf("demo-enterprise"))))
                .withRequestBody(matchingJsonPath("$.holder.displayName", equalTo("同心县清真食品有限公司")))
                .withRequestBody(matchingJsonPath("$.issuingDepartment", equalTo(MARKET)))
                .withRequestBody(matchingJsonPath("$.fields.name", equalTo("同心县清真食品有限公司")))
                .withRequestBody(matchingJsonPath("$.fields.entityType", equalTo("有限责任公司"))));
    }

    @Test
    void aPersonsCertificateCarriesTheHashOfTheIdentityNumberNeverTheNumber() throws Exception {
        IDENTITY.stubFor(get(urlPathMatching("/api/identity/internal/persons/.+/credit-subject")).atPriority(1)
                .willReturn(okJson("{\"kind\":\"NATURAL_PERSON\",\"name\":\"马文清\",\"idNumber\":\"64032419850312041x\"}")));
        registryIssues("GT-2026-640324-000005");
        String id = decidedLicenceCase(citizen(), null);

        String caseNumber = awaitState(citizen(), id, "ISSUED").get("caseNumber").asString();

        String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest("64032419850312041X".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        // Earlier tests' issuances may be retried meanwhile: count this case's requests only.
        IDENTITY.verify(1, postRequestedFor(urlPathEqualTo(ISSUE))
                .withRequestBody(matchingJsonPath("$.caseNumber", equalTo(caseNumber)))
                .withRequestBody(matchingJsonPath("$.holder.kind", equalTo("person")))
                .withRequestBody(matchingJsonPath("$.holder.idHash", equalTo(expected)))
                .withRequestBody(matchingJsonPath("$.fields.operator", equalTo("马文清"))));
        IDENTITY.verify(0, postRequestedFor(urlPathEqualTo(ISSUE)).withRequestBody(containing("6403241985")));
    }

    @Test
    void whileTheRegistryIsDownTheIssuanceWaitsAndIsIssuedOnceItIsBack() {
        IDENTITY.stubFor(post(urlPathEqualTo(ISSUE)).willReturn(aResponse().withStatus(503)));
        String id = decidedLicenceCase(enterprise(), null);

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode pending = api().get("/api/intake/cases/" + id + "/certificate", enterprise()).json();
            assertThat(pending.path("state").asString("")).isEqualTo("PENDING");
            assertThat(pending.path("attempts").asInt(0)).isGreaterThanOrEqualTo(1);
        });
        registryIssues("YY-2026-640324-000002");

        JsonNode issued = awaitState(enterprise(), id, "ISSUED");
        assertThat(issued.get("certificateNumber").asString()).isEqualTo("YY-2026-640324-000002");
    }

    @Test
    void aRefusalOfTheDataWaitsForStaffAndTheirCorrectionIssuesAtOnce() {
        IDENTITY.stubFor(post(urlPathEqualTo(ISSUE)).atPriority(5).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":400,\"code\":\"INVALID_FIELDS\",\"field\":\"fields.entityType\","
                        + "\"message\":{\"zh\":\"证照数据不符合营业执照的要求：entityType (missing)。\","
                        + "\"en\":\"The data do not fit a business licence: entityType (missing).\"}}")));
        String id = decidedLicenceCase(enterprise(), null);

        JsonNode refused = awaitState(enterprise(), id, "NEEDS_DATA");
        assertThat(refused.get("problem").get("code").asString()).isEqualTo("INVALID_FIELDS");
        assertThat(refused.get("problem").get("field").asString()).isEqualTo("fields.entityType");
        assertThat(refused.get("problem").get("message").get("zh").asString()).contains("entityType");

        IDENTITY.stubFor(post(urlPathEqualTo(ISSUE)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.fields.entityType"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"number\":\"YY-2026-640324-000003\"}")));
        Api.Reply corrected = api().send("PUT", "/api/intake/cases/" + id + "/certificate/data", clerk(),
                "{\"fields\":{\"entityType\":\"有限责任公司\"}}", java.util.Map.of("Content-Type", "application/json"));

        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().get("state").asString()).isEqualTo("ISSUED");
        assertThat(corrected.json().get("certificateNumber").asString()).isEqualTo("YY-2026-640324-000003");
        Api.Reply again = api().send("PUT", "/api/intake/cases/" + id + "/certificate/data", clerk(),
                "{\"fields\":{\"entityType\":\"股份有限公司\"}}", java.util.Map.of("Content-Type", "application/json"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("CERTIFICATE_ALREADY_ISSUED");
    }

    @Test
    void onlyTheApplicantSideAndTheDepartmentSeeTheCertificateWorkAndBadDataIsRefusedByField() {
        registryIssues("YY-2026-640324-000004");
        String id = decidedLicenceCase(enterprise(), null);
        awaitState(enterprise(), id, "ISSUED");

        String otherCitizen = issuer().token("demo-citizen2", "citizen");
        String otherDepartment = issuer().staffToken("civil-clerk", COUNTY, "county-civil-affairs", "clerk");
        for (String token : new String[] {otherCitizen, otherDepartment}) {
            Api.Reply seen = api().get("/api/intake/cases/" + id + "/certificate", token);
            assertThat(seen.status()).isEqualTo(404);
            assertThat(seen.json().get("code").asString()).isEqualTo("CASE_NOT_FOUND");
        }
        assertThat(api().get("/api/intake/cases/" + id + "/certificate", clerk()).status()).isEqualTo(200);
        Api.Reply byCitizen = api().send("PUT", "/api/intake/cases/" + id + "/certificate/data", enterprise(),
                "{\"fields\":{\"x\":\"y\"}}", java.util.Map.of("Content-Type", "application/json"));
        assertThat(byCitizen.status()).isEqualTo(404);

        String draft = filedLicenceCase(enterprise());
        Api.Reply badName = api().send("PUT", "/api/intake/cases/" + draft + "/certificate/data", clerk(),
                "{\"fields\":{\"bad name\":\"x\"}}", java.util.Map.of("Content-Type", "application/json"));
        assertThat(badName.status()).isEqualTo(409).as("not accepted yet");
        act(clerk(), draft, "accept", "{}");
        Api.Reply empty = api().send("PUT", "/api/intake/cases/" + draft + "/certificate/data", clerk(),
                "{\"fields\":{\"name\":\" \"}}", java.util.Map.of("Content-Type", "application/json"));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("field").asString()).isEqualTo("fields.name");
        assertThat(api().get("/api/intake/cases/" + draft + "/certificate", enterprise()).json().get("code")
                .asString()).isEqualTo("NO_CERTIFICATE_YET");
    }

    @Test
    void staffFetchASharedCertificateInsteadOfAskingForPaperAndAreToldWhenItIsNotShared() {
        IDENTITY.stubFor(get(urlPathEqualTo("/api/certificates/internal/certificates/YY-2026-640324-000077/holding"))
                .willReturn(okJson("{\"number\":\"YY-2026-640324-000077\",\"status\":\"valid\","
                        + "\"typeCode\":\"business-licence\",\"held\":true}")));
        String id = file(citizen(), """
                {"itemCode":"SCJG-002","division":"640324000000",
                 "certificates":[{"materialCode":"business-licence","certificateNumber":"YY-2026-640324-000077"}]}""")
                .json().get("id").asString();
        IDENTITY.stubFor(get(urlPathEqualTo("/api/certificates/internal/shared/YY-2026-640324-000077"))
                .withQueryParam("department", equalTo(MARKET))
                .willReturn(okJson("""
                        {"number":"YY-2026-640324-000077","typeCode":"business-licence","status":"valid",
                         "holderName":"同心县清真食品有限公司","holderKind":"enterprise","creditCode":"91640324MA76TX0DXL",
                         "fields":{"name":"同心县清真食品有限公司"},
                         "issuingDepartment":"county-market-regulation","issuingDivision":"640324000000",
                         "validFrom":"2024-05-20","validUntil":null,
                         "purpose":"食品经营许可","sharedUntil":"2026-12-31"}""")));

        Api.Reply fetched = api().get("/api/intake/cases/" + id + "/materials/business-licence/certificate", clerk());
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json().get("holderName").asString()).isEqualTo("同心县清真食品有限公司");
        // What staff judge the certificate by: whose it is, who issued it where, and since when it is valid.
        assertThat(fetched.json().get("holderKind").asString()).isEqualTo("enterprise");
        assertThat(fetched.json().get("issuingDepartment").asString()).isEqualTo(MARKET);
        assertThat(fetched.json().get("issuingDivision").asString()).isEqualTo(COUNTY);
        assertThat(fetched.json().get("validFrom").asString()).isEqualTo("2024-05-20");
        assertThat(fetched.json().hasNonNull("validUntil")).as("no end: long-term").isFalse();
        assertThat(fetched.header("Cache-Control")).contains("no-store");

        IDENTITY.stubFor(get(urlPathEqualTo("/api/certificates/internal/shared/YY-2026-640324-000077")).atPriority(1)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404,\"code\":\"CERTIFICATE_NOT_FOUND\"}")));
        Api.Reply notShared = api().get("/api/intake/cases/" + id + "/materials/business-licence/certificate", clerk());
        assertThat(notShared.status()).isEqualTo(409);
        assertThat(notShared.json().get("code").asString()).isEqualTo("CERTIFICATE_NOT_SHARED");
        assertThat(api().get("/api/intake/cases/" + id + "/materials/business-licence/certificate", citizen())
                .status()).isEqualTo(404);
        assertThat(api().get("/api/intake/cases/" + id + "/materials/premises-layout/certificate", clerk())
                .json().get("code").asString()).isEqualTo("NO_CERTIFICATE_MATERIAL");
    }

    @Test
    void aReferenceTheRegistryConfirmsIsResolvedAndOneItDeniesIsRefused() {
        IDENTITY.stubFor(get(urlPathEqualTo("/api/certificates/internal/certificates/YY-2026-640324-000088/holding"))
                .willReturn(okJson("{\"number\":\"YY-2026-640324-000088\",\"status\":\"valid\","
                        + "\"typeCode\":\"business-licence\",\"held\":true}")));
        IDENTITY.stubFor(get(urlPathEqualTo("/api/certificates/internal/certificates/YY-2026-640324-000099/holding"))
                .willReturn(okJson("{\"number\":\"YY-2026-640324-000099\",\"status\":\"revoked\","
                        + "\"typeCode\":\"business-licence\",\"held\":true}")));

        Api.Reply good = file(citizen(), """
                {"itemCode":"SCJG-002","division":"640324000000","draft":true,
                 "certificates":[{"materialCode":"business-licence","certificateNumber":"YY-2026-640324-000088"}]}""");
        Api.Reply revoked = file(citizen(), """
                {"itemCode":"SCJG-002","division":"640324000000","draft":true,
                 "certificates":[{"materialCode":"business-licence","certificateNumber":"YY-2026-640324-000099"}]}""");

        assertThat(good.status()).as(good.body()).isEqualTo(201);
        JsonNode licence = null;
        for (JsonNode m : good.json().get("materials")) {
            if (m.get("code").asString().equals("business-licence")) {
                licence = m;
            }
        }
        assertThat(licence).isNotNull();
        assertThat(licence.get("resolved").asBoolean()).isTrue();
        assertThat(revoked.status()).isEqualTo(422);
        assertThat(revoked.json().get("code").asString()).isEqualTo("CERTIFICATE_NOT_VALID");
    }

    @Test
    void openingAnEnterpriseIssuesItsLicenceToTheNewEnterpriseInItsRepresentativesAccount() {
        String founderSubject = TestIssuer.subjectOf("founder-scjg003");
        String founder = issuer().token("founder-scjg003", "citizen");
        IDENTITY.stubFor(get(urlPathEqualTo("/api/identity/internal/persons/" + founderSubject + "/credit-subject"))
                .atPriority(1).willReturn(okJson(
                        "{\"kind\":\"NATURAL_PERSON\",\"name\":\"马文清\",\"idNumber\":\"64032419850312041X\"}")));
        registryIssues("YYZZ-2026-640324-000009");
        Api.Reply filed = file(founder, "{\"itemCode\":\"SCJG-003\",\"division\":\"640324000000\",\"draft\":true}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        for (String material : new String[] {"id-card", "articles", "premises-proof", "investor-proof"}) {
            assertThat(upload(founder, id, material, material + ".pdf", "application/pdf", pdf(1024)).status())
                    .isEqualTo(200);
        }
        assertThat(act(founder, id, "submit", "{}").status()).isEqualTo(200);
        assertThat(act(clerk(), id, "accept", "{}").status()).isEqualTo(200);

        Api.Reply invalidCode = api().send("PUT", "/api/intake/cases/" + id + "/certificate/data", clerk(),
                "{\"fields\":{\"creditCode\":\"91350100M000100Y44\",\"name\":\"同心县马氏清真食品有限公司\"}}",
                java.util.Map.of("Content-Type", "application/json"));
        assertThat(invalidCode.status()).isEqualTo(400);
        assertThat(invalidCode.json().get("field").asString()).isEqualTo("fields.creditCode");
        Api.Reply entered = api().send("PUT", "/api/intake/cases/" + id + "/certificate/data", clerk(), """
                {"fields":{"creditCode":"91350100M000100Y43","name":"同心县马氏清真食品有限公司","entityType":"有限责任公司",
                 "legalRepresentative":"马文清","establishedOn":"2026-03-02","address":"同心县豫海镇长征路 12 号",
                 "businessScope":"食品销售"}}""", java.util.Map.of("Content-Type", "application/json"));
        assertThat(entered.status()).as(entered.body()).isEqualTo(200);
        assertThat(act(clerk(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"材料齐全\"}").status())
                .isEqualTo(200);
        assertThat(act(reviewer(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"审核同意\"}").status())
                .isEqualTo(200);
        assertThat(act(approver(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"准予设立登记\"}")
                .json().get("state").asString()).isEqualTo("APPROVED");

        JsonNode issued = awaitState(founder, id, "ISSUED");

        assertThat(issued.get("certificateNumber").asString()).isEqualTo("YYZZ-2026-640324-000009");
        IDENTITY.verify(1, postRequestedFor(urlPathEqualTo(ISSUE))
                .withRequestBody(matchingJsonPath("$.caseNumber", equalTo(issued.get("caseNumber").asString())))
                .withRequestBody(matchingJsonPath("$.typeCode", equalTo("business-licence")))
                .withRequestBody(matchingJsonPath("$.holder.kind", equalTo("enterprise")))
                .withRequestBody(matchingJsonPath("$.holder.subject", equalTo(founderSubject)))
                .withRequestBody(matchingJsonPath("$.holder.displayName", equalTo("同心县马氏清真食品有限公司")))
                .withRequestBody(matchingJsonPath("$.holder.creditCode", equalTo("91350100M000100Y43")))
                .withRequestBody(matchingJsonPath("$.fields.creditCode", equalTo("91350100M000100Y43"))));
        IDENTITY.verify(0, postRequestedFor(urlPathEqualTo(ISSUE))
                .withRequestBody(matchingJsonPath("$.caseNumber", equalTo(issued.get("caseNumber").asString())))
                .withRequestBody(matchingJsonPath("$.holder.idHash")));
    }

    // --- helpers --------------------------------------------------------------------------------

    private String enterprise() {
        return issuer().token("demo-enterprise", "enterprise");
    }

    private static void registryIssues(String number) {
        IDENTITY.stubFor(post(urlPathEqualTo(ISSUE)).atPriority(1).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"number\":\"" + number + "\"}")));
    }

    /** A replacement business licence (immediate item), filed with both materials uploaded. */
    private String filedLicenceCase(String applicant) {
        Api.Reply filed = file(applicant, "{\"itemCode\":\"SCJG-005\",\"division\":\"640324000000\",\"draft\":true}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        upload(applicant, id, "id-card", "id.pdf", "application/pdf", pdf(1024));
        upload(applicant, id, "loss-statement", "loss.pdf", "application/pdf", pdf(1024));
        assertThat(act(applicant, id, "submit", "{}").status()).isEqualTo(200);
        return id;
    }

    /** Filed, optionally given certificate data while accepted, and approved at the window. */
    private String decidedLicenceCase(String applicant, String data) {
        String id = filedLicenceCase(applicant);
        if (data != null) {
            assertThat(act(clerk(), id, "accept", "{}").status()).isEqualTo(200);
            Api.Reply entered = api().send("PUT", "/api/intake/cases/" + id + "/certificate/data", clerk(), data,
                    java.util.Map.of("Content-Type", "application/json"));
            assertThat(entered.status()).as(entered.body()).isEqualTo(200);
            assertThat(entered.json().get("state").asString()).isEqualTo("DRAFT");
            Api.Reply approved = act(clerk(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"准予补领\"}");
            assertThat(approved.json().get("state").asString()).as(approved.body()).isEqualTo("APPROVED");
        } else {
            Api.Reply decided = act(clerk(), id, "decide-at-window", "{\"verdict\":\"APPROVE\",\"reasons\":\"准予补领\"}");
            assertThat(decided.json().get("state").asString()).as(decided.body()).isEqualTo("APPROVED");
        }
        return id;
    }

    private JsonNode awaitState(String token, String id, String state) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(
                () -> api().get("/api/intake/cases/" + id + "/certificate", token).json(),
                j -> j.has("state") && state.equals(j.get("state").asString()));
    }
}
