package cn.gov.platform.certificates.imports.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.certificates.CertificatesIT;
import cn.gov.platform.certificates.Fixtures;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.testkit.Api;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18, point 3, certificates' side: paper-era certificates imported by the holder's identity number,
 * with WireMock as identity answering the holder-keys contract that identity's {@code HolderKeysIT} checks.
 * Identity's key of a number is stood in by the number itself (X as a) padded with zeros.
 */
class LegacyHoldersIT extends CertificatesIT {

    private static final String RESOLUTIONS = "/api/identity/internal/holder-keys/resolutions";
    private static final String HEADER = "legacyNumber,typeCode,holderKind,holderName,holderIdNumber,"
            + "issuingDepartment,issuingDivision,validFrom,validUntil,field.operatorName,field.premises,field.mainForm,"
            + "field.operatingItems\n";

    @Autowired
    MongoTemplate mongo;

    private static String keyOf(String number) {
        return number.toLowerCase().replace('x', 'a') + "0".repeat(46);
    }

    /** Identity as a template: every number's key, and an account for those born on 1 January 1980. */
    private static void identityResolvesNumbers() {
        IDENTITY.stubFor(post(urlPathEqualTo(RESOLUTIONS)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"persons\":[{{#each (jsonPath request.body '$.idNumbers') as |n|}}"
                        + "{\"key\":\"{{replace (lower n) 'x' 'a'}}" + "0".repeat(46) + "\""
                        + "{{#contains n '19800101'}},\"subject\":\"sub-{{@index}}\"{{/contains}} }" // a space: '}}}' would close a triple stash
                        + "{{#unless @last}},{{/unless}}{{/each}}],\"enterprises\":[]}")
                .withTransformers("response-template")));
    }

    private static void identityKnowsKeysOf(String subject, String body) {
        IDENTITY.stubFor(get(urlPathEqualTo("/api/identity/internal/persons/" + subject + "/holder-keys"))
                .willReturn(okJson(body)));
    }

    private String clerk() {
        return issuer().staffToken("demo-clerk", Fixtures.COUNTY, Fixtures.MARKET, "clerk");
    }

    /** The valid identity number of person {@code i}: a thousand born on each day from 1 January 1980. */
    private static String idNumber(int i) {
        String body = "640324" + LocalDate.of(1980, 1, 1).plusDays(i / 1000).toString().replace("-", "")
                + String.format("%03d", i % 1000);
        return body + ResidentIdNumber.checkCharacter(body);
    }

    private static String wrongCheck(String number) {
        return number.substring(0, 17) + (number.charAt(17) == '0' ? '1' : '0');
    }

    private static String row(String legacy, String idNumber) {
        return legacy + ",food-operation-permit,person,马文华," + idNumber + "," + Fixtures.MARKET + ",640324000000,"
                + "2022-03-01,2027-02-28,同心县马文华食品店,豫海镇长征路 8 号,食品销售经营者,预包装食品销售\n";
    }

    private Api.Reply importCsv(String csv) {
        return api().send("POST", "/api/certificates/imports", clerk(), csv, Map.of("Content-Type", "text/csv"));
    }

    @Test
    void tenThousandRowsByIdentityNumberReportTheIssuedTheWaitingAndTheRefusedByLine() {
        identityResolvesNumbers();
        String tag = "YL" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        int rows = 10_000;
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            String number = idNumber(i);
            csv.append(row(tag + "-" + i, i % 500 == 499 ? wrongCheck(number) : number));
        }
        int refused = rows / 500;
        int issued = 1000 - 2; // born on 1 January 1980 (rows 0..999) have an account; rows 499 and 999 are refused

        Api.Reply started = importCsv(csv.toString());
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode done = waitFor(started.json().get("id").asString(), p -> p.get("state").asString().equals("finished"));

        assertThat(done.get("totalRows").asInt()).isEqualTo(rows);
        assertThat(done.get("imported").asInt()).isEqualTo(rows - refused);
        assertThat(done.get("issued").asInt()).isEqualTo(issued);
        assertThat(done.get("waitingForHolder").asInt()).isEqualTo(rows - refused - issued);
        assertThat(done.get("failed").asInt()).isEqualTo(refused);
        JsonNode first = done.get("errors").get(0);
        assertThat(first.get("row").asInt()).as("line 501 of the file holds person 499").isEqualTo(501);
        assertThat(first.get("field").asString()).isEqualTo("holderIdNumber");
        assertThat(first.get("code").asString()).isEqualTo("INVALID_ID_NUMBER");
        assertThat(first.get("message").asString()).contains("身份证号码").contains(" | ");
        assertThat(done.toString()).doesNotContain(wrongCheck(idNumber(499))).doesNotContain(idNumber(0));
        IDENTITY.verify(10, postRequestedFor(urlPathEqualTo(RESOLUTIONS)));

        Query ours = Query.query(Criteria.where("caseNumber").regex("^" + Pattern.quote("LEGACY-" + tag + "-")));
        assertThat(mongo.count(ours, "certificates")).isEqualTo(rows - refused);
        // The stand-in key is the number itself; a refused number never reached identity, so it would show a leak.
        String stored = mongo.find(ours, Document.class, "certificates").toString()
                + mongo.find(Query.query(Criteria.where("jobId").is(started.json().get("id").asString())),
                        Document.class, "import_rows").toString();
        assertThat(stored).as("no refused identity number is kept").doesNotContain(wrongCheck(idNumber(499)))
                .doesNotContain(wrongCheck(idNumber(9999)));
        Document chunk = mongo.findOne(Query.query(Criteria.where("jobId").is(started.json().get("id").asString())),
                Document.class, "import_rows");
        assertThat(chunk.getList("rows", java.util.List.class)).allSatisfy(r -> assertThat(r.get(4)).isEqualTo(""));
    }

    @Test
    void aNewlyRegisteredAndVerifiedPersonFindsTheirLegacyCertificateInTheWalletAtTheNextRead() {
        identityResolvesNumbers();
        String number = idNumber(5_000 + (int) (Math.random() * 2_000));
        String legacy = "YL" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String citizen = issuer().token("legacy-newcomer", "citizen");
        String subject = cn.gov.platform.testkit.TestIssuer.subjectOf("legacy-newcomer");

        JsonNode report = waitFor(importCsv(HEADER + row(legacy, number)).json().get("id").asString(),
                p -> p.get("state").asString().equals("finished"));
        String certificate = mongo.findOne(Query.query(Criteria.where("caseNumber").is("LEGACY-" + legacy)),
                Document.class, "certificates").getString("_id");
        JsonNode verifiedBefore = api().get("/api/certificates/verify/" + certificate, null).json();
        identityKnowsKeysOf(subject, "{\"creditCodes\":[]}");
        JsonNode walletBeforeVerification = api().get("/api/certificates/wallet", citizen).json();
        identityKnowsKeysOf(subject, "{\"personKey\":\"" + keyOf(number) + "\",\"creditCodes\":[]}");
        Api.Reply walletAfter = api().get("/api/certificates/wallet", citizen);

        assertThat(report.get("waitingForHolder").asInt()).isEqualTo(1);
        // valid until 2027-02-28, expired after: the test holds on any date
        assertThat(verifiedBefore.get("status").asString()).isIn("valid", "expired");
        assertThat(verifiedBefore.get("awaitingHolder").asBoolean()).isTrue();
        assertThat(verifiedBefore.get("holder").asString()).isEqualTo("马**");
        assertThat(walletBeforeVerification.toString()).doesNotContain(certificate);
        assertThat(walletAfter.status()).isEqualTo(200);
        assertThat(walletAfter.body()).contains(certificate);
        assertThat(api().get("/api/certificates/wallet/" + certificate, citizen).status()).isEqualTo(200);
        JsonNode verifiedAfter = api().get("/api/certificates/verify/" + certificate, null).json();
        assertThat(verifiedAfter.get("status").asString()).as("signed afresh for its holder, not tampered")
                .isEqualTo(verifiedBefore.get("status").asString());
        assertThat(verifiedAfter.get("awaitingHolder")).isNull();
        assertThat(api().get("/api/certificates/wallet/" + certificate, issuer().token("someone-else", "citizen"))
                .status()).isEqualTo(404);

        JsonNode again = waitFor(importCsv(HEADER + row(legacy, number)).json().get("id").asString(),
                p -> p.get("state").asString().equals("finished"));
        assertThat(again.get("imported").asInt()).as("importing the row again changes nothing").isEqualTo(1);
        assertThat(again.get("failed").asInt()).isZero();
        assertThat(mongo.count(Query.query(Criteria.where("caseNumber").is("LEGACY-" + legacy)), "certificates"))
                .isEqualTo(1);
    }

    @Test
    void aHolderCheckByAnotherServiceTakesTheWaitingCertificateForItsHolder() {
        identityResolvesNumbers();
        String number = idNumber(7_000 + (int) (Math.random() * 2_000));
        String legacy = "YL" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String subject = cn.gov.platform.testkit.TestIssuer.subjectOf("legacy-applicant");
        waitFor(importCsv(HEADER + row(legacy, number)).json().get("id").asString(),
                p -> p.get("state").asString().equals("finished"));
        String certificate = mongo.findOne(Query.query(Criteria.where("caseNumber").is("LEGACY-" + legacy)),
                Document.class, "certificates").getString("_id");
        identityKnowsKeysOf(subject, "{\"personKey\":\"" + keyOf(number) + "\",\"creditCodes\":[]}");
        String service = issuer().token("service-account-svc-intake", "service");

        JsonNode stranger = api().get("/api/certificates/internal/certificates/" + certificate + "/holding?holder=x",
                service).json();
        JsonNode holder = api().get("/api/certificates/internal/certificates/" + certificate + "/holding?holder="
                + subject, service).json();

        assertThat(stranger.get("held").asBoolean()).isFalse();
        assertThat(holder.get("held").asBoolean()).isTrue();
    }

    @Test
    void whenIdentityCannotResolveTheHoldersNothingIsImportedAndWhenItCannotNameKeysTheWalletStillOpens() {
        IDENTITY.stubFor(post(urlPathEqualTo(RESOLUTIONS)).willReturn(aResponse().withStatus(500)));
        IDENTITY.stubFor(get(urlPathEqualTo("/api/identity/internal/persons/" + cn.gov.platform.testkit.TestIssuer.subjectOf("legacy-down")
                + "/holder-keys")).willReturn(aResponse().withStatus(500)));
        long before = mongo.count(new Query(), "imports");

        Api.Reply refused = importCsv(HEADER + row("YLDOWN1", idNumber(7)));
        Api.Reply wallet = api().get("/api/certificates/wallet", issuer().token("legacy-down", "citizen"));

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.json().get("code").asString()).isEqualTo("IDENTITY_UNAVAILABLE");
        assertThat(refused.body()).doesNotContain(idNumber(7));
        assertThat(mongo.count(new Query(), "imports")).isEqualTo(before);
        assertThat(wallet.status()).isEqualTo(200);
    }

    private JsonNode waitFor(String id, Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = api().get("/api/certificates/imports/" + id, clerk()).json();
            if (condition.test(last)) {
                return last;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Import did not reach the condition in time; last: " + last);
    }
}
