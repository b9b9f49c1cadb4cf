package cn.gov.platform.intake.cases.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 2: a clerk serves a person without an account at the county window: the person's
 * record at identity, the clerk's attestation, uploads and acceptance by the clerk, and the cases
 * following the person into their account once they registered and were verified.
 */
class CounterFilingIT extends IntakeIT {

    static final String RECORD = "record:7d1c3a4e-0000-4000-8000-000000000017";
    static final String ID_NUMBER = "640324199001011236";

    @BeforeEach
    void identityKnowsThePersonAsARecord() {
        IDENTITY.stubFor(post(urlPathEqualTo("/api/identity/internal/person-records"))
                .willReturn(okJson("{\"subject\":\"" + RECORD + "\",\"registered\":false}")));
    }

    private static String body(String idNumber, boolean checked, boolean draft) {
        return """
                {"itemCode":"SCJG-001","person":{"name":"马小花","idNumber":"%s","phone":"13909531234"},
                 "attestation":{"documentType":"RESIDENT_ID_CARD","checkedInPerson":%s},"draft":%s}"""
                .formatted(idNumber, checked, draft);
    }

    private Api.Reply counter(String token, String body, String key) {
        return api().send("POST", "/api/intake/counter/cases", token, body,
                Map.of("Content-Type", "application/json", "Idempotency-Key", key));
    }

    @Test
    void theClerkFilesForThePersonPresentUploadsSubmitsAndAcceptsAndTheAttestationIsOnTheCase() {
        Api.Reply filed = counter(clerk(), body(ID_NUMBER, true, true), "counter-" + UUID.randomUUID());

        assertThat(filed.status()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        assertThat(filed.json().get("state").asString()).isEqualTo("DRAFT");
        assertThat(filed.json().get("department").asString()).isEqualTo(MARKET);
        assertThat(filed.json().get("counter").get("clerkName").asString()).isEqualTo("demo-clerk");
        assertThat(filed.json().get("counter").get("documentType").asString()).isEqualTo("RESIDENT_ID_CARD");
        assertThat(filed.json().get("counter").get("registered").asBoolean()).isFalse();
        assertThat(filed.body()).doesNotContain(ID_NUMBER).doesNotContain(RECORD);
        IDENTITY.verify(postRequestedFor(urlPathEqualTo("/api/identity/internal/person-records"))
                .withRequestBody(matchingJsonPath("$.idNumber", com.github.tomakehurst.wiremock.client.WireMock.equalTo(ID_NUMBER)))
                .withRequestBody(matchingJsonPath("$.filedBy", com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                        TestIssuer.subjectOf("demo-clerk")))));

        for (String material : List.of("id-card", "application-form", "premises-proof", "photo")) {
            assertThat(upload(clerk(), id, material, material + ".pdf", "application/pdf", pdf(512)).status())
                    .as(material).isEqualTo(200);
        }
        assertThat(act(clerk(), id, "submit", "{}").json().get("state").asString()).isEqualTo("SUBMITTED");
        Api.Reply accepted = act(clerk(), id, "accept", "{}");
        assertThat(accepted.json().get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().get("number").asString()).matches("640324-\\d{4}-\\d{7}");
        Api.Reply queue = api().get("/api/intake/workbench/cases?number=" + accepted.json().get("number").asString(),
                clerk());
        assertThat(queue.json().get("items").get(0).get("principalName").asString())
                .as("the queue names the person the clerk filed for").isEqualTo("马小花");

        Document stored = mongo.getCollection("cases").find(new Document("_id", id)).first();
        assertThat(stored.getString("applicantSubject")).isEqualTo(RECORD);
        assertThat(stored.getString("filerSubject")).isEqualTo(TestIssuer.subjectOf("demo-clerk"));
        assertThat(stored.toJson()).doesNotContain(ID_NUMBER);
        @SuppressWarnings("unchecked")
        List<Document> outbox = (List<Document>) stored.get("outbox");
        assertThat(outbox).anySatisfy(e -> {
            assertThat(e.getString("type")).isEqualTo("CaseSubmitted");
            assertThat(e.getString("applicantSubject")).isEqualTo(RECORD);
        });
    }

    @Test
    void theCasesFollowThePersonIntoTheirAccountOnceIdentityLinksTheRecord() {
        String id = counter(clerk(), body(ID_NUMBER, true, false), "counter-" + UUID.randomUUID()).json().get("id").asString();
        String person = issuer().token("ma-xiaohua", "citizen");
        String stranger = issuer().token("someone-else", "citizen");

        assertThat(api().get("/api/intake/cases/" + id, person).status()).as("before the link").isEqualTo(404);

        IDENTITY.stubFor(get(urlPathEqualTo("/api/identity/internal/persons/" + TestIssuer.subjectOf("ma-xiaohua")
                + "/person-records")).atPriority(1).willReturn(okJson("{\"subjects\":[\"" + RECORD + "\"]}")));

        assertThat(api().get("/api/intake/cases", person).body()).contains(id);
        Api.Reply theirs = api().get("/api/intake/cases/" + id, person);
        assertThat(theirs.status()).isEqualTo(200);
        assertThat(theirs.json().get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(api().get("/api/intake/cases/" + id, stranger).status()).isEqualTo(404);
        assertThat(api().get("/api/intake/cases", stranger).body()).doesNotContain(id);
    }

    /**
     * Issue 20: the person present shows their e-certificate instead of a paper copy; the clerk who filed
     * the counter case names it for the material, the registry asked whether the person holds it. Another
     * clerk (of the same window, or of another division) cannot: for them the draft does not exist.
     */
    @Test
    void theClerkWhoFiledNamesTheApplicantsECertificateAndNoOtherClerkMay() {
        String number = "SFZ-2026-640324-900017";
        IDENTITY.stubFor(get(urlPathEqualTo("/api/certificates/internal/certificates/" + number + "/holding"))
                .withQueryParam("holder", com.github.tomakehurst.wiremock.client.WireMock.equalTo(RECORD))
                .willReturn(okJson("{\"number\":\"" + number + "\",\"status\":\"valid\","
                        + "\"typeCode\":\"resident-id-card\",\"held\":true}")));
        String id = counter(clerk(), body(ID_NUMBER, true, true), "counter-" + UUID.randomUUID()).json().get("id").asString();
        String body = "{\"certificateNumber\":\"" + number + "\"}";
        Map<String, String> json = Map.of("Content-Type", "application/json");
        String township = issuer().staffToken("demo-township-clerk", YUHAI, "yuhai-town-service-center", "clerk");
        String colleague = issuer().staffToken("demo-clerk2", COUNTY, MARKET, "clerk");

        for (String other : List.of(township, colleague)) {
            Api.Reply refused = api().send("PUT", "/api/intake/cases/" + id + "/materials/id-card/certificate", other, body, json);
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().get("code").asString()).isEqualTo("CASE_NOT_FOUND");
        }
        Api.Reply named = api().send("PUT", "/api/intake/cases/" + id + "/materials/id-card/certificate", clerk(), body, json);

        assertThat(named.status()).as(named.body()).isEqualTo(200);
        assertThat(named.json().get("materials").toString()).contains(number).contains("CERTIFICATE_REFERENCE");
        assertThat(named.json().get("missingMaterials").toString()).doesNotContain("\"id-card\"");
        Api.Reply notAMaterial = api().send("PUT", "/api/intake/cases/" + id + "/materials/photo/certificate", clerk(), body, json);
        assertThat(notAMaterial.isProblem()).isTrue();
        assertThat(notAMaterial.status()).isBetween(400, 422);
    }

    @Test
    void anInvalidIdNumberIs400NamingTheFieldAndNothingIsStoredOrAsked() {
        long before = cases();

        Api.Reply refused = counter(clerk(), body("640324199001011234", true, true), "counter-" + UUID.randomUUID());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("field").asString()).isEqualTo("person.idNumber");
        assertThat(refused.body()).doesNotContain("640324199001011234");
        assertThat(cases()).isEqualTo(before);
        IDENTITY.verify(0, postRequestedFor(urlPathEqualTo("/api/identity/internal/person-records")));
    }

    @Test
    void withoutTheClerksCheckInPersonNothingIsFiled() {
        long before = cases();

        Api.Reply refused = counter(clerk(), body(ID_NUMBER, false, true), "counter-" + UUID.randomUUID());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("ATTESTATION_REQUIRED");
        assertThat(refused.json().get("field").asString()).isEqualTo("attestation.checkedInPerson");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void identitysRefusalOfTheNameIsPassedOnNamingTheField() {
        IDENTITY.stubFor(post(urlPathEqualTo("/api/identity/internal/person-records")).atPriority(1)
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json").withBody("""
                        {"status":422,"code":"NAME_DOES_NOT_MATCH_ID_NUMBER","field":"person.name",
                         "message":{"zh":"姓名与该身份证号码登记的姓名不一致，请核对身份证。","en":"The name differs."}}""")));

        Api.Reply refused = counter(clerk(), body(ID_NUMBER, true, true), "counter-" + UUID.randomUUID());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("NAME_DOES_NOT_MATCH_ID_NUMBER");
        assertThat(refused.json().get("field").asString()).isEqualTo("person.name");
    }

    @Test
    void whenIdentityCannotAnswerTheFilingIs503AndNothingIsStored() {
        IDENTITY.stubFor(post(urlPathEqualTo("/api/identity/internal/person-records")).atPriority(1)
                .willReturn(aResponse().withStatus(500)));
        long before = cases();

        Api.Reply refused = counter(clerk(), body(ID_NUMBER, true, true), "counter-" + UUID.randomUUID());

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.json().get("code").asString()).isEqualTo("IDENTITY_UNAVAILABLE");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void aRetryReturnsTheSameCaseAndOnlyWindowClerksFileAtTheCounter() {
        String key = "counter-" + UUID.randomUUID();
        Api.Reply first = counter(clerk(), body(ID_NUMBER, true, true), key);
        Api.Reply retry = counter(clerk(), body(ID_NUMBER, true, true), key);

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        Api.Reply citizen = counter(citizen(), body(ID_NUMBER, true, true), "counter-" + UUID.randomUUID());
        assertThat(citizen.status()).isEqualTo(422);
        assertThat(citizen.json().get("code").asString()).isEqualTo("STAFF_ROLE_REQUIRED");
        Api.Reply reviewer = counter(reviewer(), body(ID_NUMBER, true, true), "counter-" + UUID.randomUUID());
        assertThat(reviewer.json().get("code").asString()).isEqualTo("STAFF_ROLE_REQUIRED");
    }
}
