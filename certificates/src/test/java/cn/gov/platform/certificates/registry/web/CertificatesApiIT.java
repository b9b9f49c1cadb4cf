package cn.gov.platform.certificates.registry.web;

import cn.gov.platform.certificates.CertificatesIT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.certificates.Fixtures;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestIssuer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

/** The registry over real HTTP: issue, verify, tamper, change status, status list, wallet. */
class CertificatesApiIT extends CertificatesIT {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    StringRedisTemplate redis;

    private String service() {
        return issuer().token("svc-intake", "service");
    }

    private String marketClerk() {
        return issuer().staffToken("demo-clerk", Fixtures.COUNTY, Fixtures.MARKET, "clerk");
    }

    private JsonNode issue(String caseNumber, String holder) {
        Api.Reply reply = api().post("/api/certificates/internal/certificates", service(),
                Fixtures.foodPermitJson(caseNumber, holder));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static String newCase() {
        return "SL-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void issuesASignedCertificateWithAReadableNumberAndTheTypesDefaultValidity() {
        JsonNode issued = issue(newCase(), TestIssuer.subjectOf("demo-enterprise"));

        assertThat(issued.get("number").asString()).matches("JY-\\d{4}-640324-\\d{6}");
        assertThat(issued.get("algorithm").asString()).isEqualTo("SM2_SM3");
        assertThat(issued.get("validUntil").asString()).isEqualTo("2031-01-04");
        assertThat(issued.get("qr").asString()).startsWith("C1." + issued.get("number").asString() + ".");
    }

    @Test
    void aSequenceThatRedisLostResumesAboveTheHighestStoredSerialInsteadOfFailing() {
        List<String> issued = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            issued.add(issue(newCase(), "holder-sequence").get("number").asString());
        }
        // Redis restored from an older backup: the counter is back before these six serials, more
        // than the issue's attempts at the next serial could skip.
        String first = issued.getFirst();
        redis.opsForValue().set("certificates:seq:JY:" + first.split("-")[1], Long.toString(serial(first) - 1));

        String after = issue(newCase(), "holder-sequence").get("number").asString();
        String next = issue(newCase(), "holder-sequence").get("number").asString();

        assertThat(serial(after)).as("resumed above every stored serial").isGreaterThan(serial(issued.getLast()));
        assertThat(serial(next)).isEqualTo(serial(after) + 1);
    }

    private static long serial(String number) {
        return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
    }

    @Test
    void aRetryForTheSameCaseReturnsTheSameCertificateAndStoresNoSecond() {
        String caseNumber = newCase();
        String body = Fixtures.foodPermitJson(caseNumber, "holder-retry");
        Api.Reply first = api().post("/api/certificates/internal/certificates", service(), body);
        Api.Reply retry = api().post("/api/certificates/internal/certificates", service(), body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("number").asString()).isEqualTo(first.json().get("number").asString());
        assertThat(mongo.count(Query.query(Criteria.where("caseNumber").is(caseNumber)), "certificates")).isEqualTo(1);
    }

    @Test
    void theSameCaseWithOtherContentIsAConflict() {
        String caseNumber = newCase();
        issue(caseNumber, "holder-a");

        Api.Reply other = api().post("/api/certificates/internal/certificates", service(),
                Fixtures.foodPermitJson(caseNumber, "holder-b"));

        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().get("code").asString()).isEqualTo("CASE_ALREADY_CERTIFIED");
    }

    @Test
    void intakeLearnsWhetherAnApplicantHoldsAValidCertificateOfAType() {
        String holder = TestIssuer.subjectOf("demo-enterprise");
        String number = issue(newCase(), holder).get("number").asString();

        JsonNode own = api().get("/api/certificates/internal/certificates/" + number + "/holding?holder=" + holder,
                service()).json();
        JsonNode other = api().get("/api/certificates/internal/certificates/" + number + "/holding?holder=someone-else",
                service()).json();
        JsonNode unknown = api().get("/api/certificates/internal/certificates/JY-2026-640324-999999/holding?holder="
                + holder, service()).json();
        change(number, "revocation", marketClerk(), "许可被撤销");
        JsonNode revoked = api().get("/api/certificates/internal/certificates/" + number + "/holding?holder=" + holder,
                service()).json();

        assertThat(own.get("held").asBoolean()).isTrue();
        assertThat(own.get("status").asString()).isEqualTo("valid");
        assertThat(own.get("typeCode").asString()).isEqualTo("food-operation-permit");
        assertThat(other.get("held").asBoolean()).isFalse();
        assertThat(unknown.get("status").asString()).isEqualTo("unknown");
        assertThat(unknown.get("held").asBoolean()).isFalse();
        assertThat(revoked.get("status").asString()).isEqualTo("revoked");
        assertThat(api().get("/api/certificates/internal/certificates/" + number + "/holding?holder=" + holder,
                marketClerk()).status()).isEqualTo(403);
        assertThat(api().get("/api/certificates/internal/certificates/not-a-number/holding?holder=" + holder,
                service()).status()).isEqualTo(400);
    }

    @Test
    void onlyServiceAccountsMayIssue() {
        Api.Reply citizen = api().post("/api/certificates/internal/certificates",
                issuer().token("demo-citizen", "citizen"), Fixtures.foodPermitJson(newCase(), "x"));

        assertThat(citizen.status()).isEqualTo(403);
        assertThat(citizen.isProblem()).isTrue();
    }

    @Test
    void badIssueRequestsAreRefusedFieldByFieldAndStoreNothing() {
        String caseNumber = newCase();
        String body = Fixtures.foodPermitJson(caseNumber, "x");

        Api.Reply wrongIssuer = api().post("/api/certificates/internal/certificates", service(),
                body.replace(Fixtures.MARKET, "county-transport"));
        Api.Reply missingField = api().post("/api/certificates/internal/certificates", service(),
                body.replace("\"mainForm\":\"食品销售经营者\",", ""));
        Api.Reply badCode = api().post("/api/certificates/internal/certificates", service(),
                body.replace(Fixtures.CREDIT_CODE, "91350100M000100Y44"));
        Api.Reply tooLong = api().post("/api/certificates/internal/certificates", service(),
                body.replace("\"validFrom\":\"2026-01-05\"", "\"validFrom\":\"2026-01-05\",\"validUntil\":\"2035-01-01\""));
        Api.Reply unknownType = api().post("/api/certificates/internal/certificates", service(),
                body.replace("food-operation-permit", "pilot-licence"));

        assertThat(wrongIssuer.json().get("field").asString()).isEqualTo("issuingDepartment");
        assertThat(missingField.json().get("field").asString()).isEqualTo("fields.mainForm");
        assertThat(badCode.json().get("field").asString()).isEqualTo("holder.creditCode");
        assertThat(tooLong.json().get("code").asString()).isEqualTo("VALIDITY_TOO_LONG");
        assertThat(unknownType.json().get("field").asString()).isEqualTo("typeCode");
        assertThat(List.of(wrongIssuer, missingField, badCode, tooLong, unknownType))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(400))
                .allSatisfy(r -> assertThat(r.isProblem()).isTrue());
        assertThat(mongo.count(Query.query(Criteria.where("caseNumber").is(caseNumber)), "certificates")).isZero();
    }

    @Test
    void anyoneCanVerifyByNumberOrQrWithoutLoggingInAndSeesNoPersonalData() {
        JsonNode issued = issue(newCase(), "holder-verify");
        String number = issued.get("number").asString();

        Api.Reply byNumber = api().get("/api/certificates/verify/" + number, null);
        Api.Reply byQr = api().get("/api/certificates/verify?qr=" + encode(issued.get("qr").asString()), null);

        for (Api.Reply reply : List.of(byNumber, byQr)) {
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().get("status").asString()).isEqualTo("valid");
            assertThat(reply.json().get("typeName").asString()).isEqualTo("食品经营许可证");
            assertThat(reply.json().get("issuer").get("department").asString()).isEqualTo(Fixtures.MARKET);
            assertThat(reply.body()).doesNotContain(Fixtures.CREDIT_CODE).doesNotContain("holder-verify");
            assertThat(reply.header("Cache-Control")).contains("no-store");
        }
    }

    @Test
    void oneChangedByteOfStoredDataVerifiesAsTampered() {
        JsonNode issued = issue(newCase(), "holder-tamper");
        String number = issued.get("number").asString();

        mongo.updateFirst(Query.query(Criteria.where("_id").is(number)),
                Update.update("fields.operatingItems", "预包装食品销售、散装食品销售"), "certificates");

        assertThat(verifyByNumber(number)).isEqualTo("tampered");
        Api.Reply byQr = api().get("/api/certificates/verify?qr=" + encode(issued.get("qr").asString()), null);
        assertThat(byQr.json().get("status").asString()).isEqualTo("tampered");
        assertThat(byQr.json().has("issuer")).isFalse();
    }

    @Test
    void aDocumentEditedBeyondReadingIsTamperedNotAServerError() {
        String number = issue(newCase(), "holder-broken").get("number").asString();

        mongo.updateFirst(Query.query(Criteria.where("_id").is(number)), Update.update("validFrom", "not a date"),
                "certificates");

        assertThat(verifyByNumber(number)).isEqualTo("tampered");
    }

    @Test
    void unknownNumbersAreUnknownAndMalformedInputIsA400NamingTheField() {
        Api.Reply unknown = api().get("/api/certificates/verify/JY-2026-640324-999999", null);
        Api.Reply badNumber = api().get("/api/certificates/verify/not-a-number", null);
        Api.Reply badQr = api().get("/api/certificates/verify?qr=" + encode("C1.garbage.%%%"), null);
        Api.Reply noQr = api().get("/api/certificates/verify", null);

        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.json().get("status").asString()).isEqualTo("unknown");
        assertThat(badNumber.status()).isEqualTo(400);
        assertThat(badNumber.json().get("field").asString()).isEqualTo("number");
        assertThat(badQr.status()).isEqualTo(400);
        assertThat(badQr.json().get("field").asString()).isEqualTo("qr");
        assertThat(noQr.status()).isEqualTo(400);
        assertThat(List.of(badNumber, badQr, noQr)).allSatisfy(r -> assertThat(r.isProblem()).isTrue());
    }

    @Test
    void aForgedQrTokenIsTampered() {
        JsonNode issued = issue(newCase(), "holder-forged");
        String qr = issued.get("qr").asString();
        String otherNumber = issue(newCase(), "holder-forged-2").get("number").asString();
        String forged = qr.replace(issued.get("number").asString(), otherNumber);

        Api.Reply reply = api().get("/api/certificates/verify?qr=" + encode(forged), null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asString()).isEqualTo("tampered");
    }

    @Test
    void theIssuingDepartmentSuspendsReinstatesAndRevokesWithReasonsAndEventsReachTheStream() {
        String number = issue(newCase(), "holder-status").get("number").asString();

        Api.Reply suspended = change(number, "suspension", marketClerk(), "整改期间暂停");
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        assertThat(verifyByNumber(number)).isEqualTo("suspended");
        assertThat(change(number, "reinstatement", marketClerk(), "整改完成").status()).isEqualTo(200);
        assertThat(verifyByNumber(number)).isEqualTo("valid");
        assertThat(change(number, "revocation",
                issuer().staffToken("demo-approver", Fixtures.COUNTY, Fixtures.MARKET, "approver"), "吊销").status())
                .isEqualTo(200);
        assertThat(verifyByNumber(number)).isEqualTo("revoked");

        Api.Reply again = change(number, "reinstatement", marketClerk(), "恢复");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("STATUS_CHANGE_NOT_ALLOWED");

        List<String> types = eventTypesFor(number, 4);
        assertThat(types).containsExactly("CertificateIssued", "CertificateSuspended", "CertificateReinstated",
                "CertificateRevoked");
    }

    @Test
    void staffOfAnotherDepartmentOrDivisionAndCitizensAreToldTheCertificateDoesNotExist() {
        String number = issue(newCase(), "holder-foreign").get("number").asString();

        Api.Reply otherDepartment = change(number, "revocation",
                issuer().staffToken("demo-clerk", Fixtures.COUNTY, "county-transport", "clerk"), "x");
        Api.Reply otherDivision = change(number, "revocation",
                issuer().staffToken("demo-township-clerk", "640324100000", Fixtures.MARKET, "clerk"), "x");
        Api.Reply reviewer = change(number, "revocation",
                issuer().staffToken("demo-reviewer", Fixtures.COUNTY, Fixtures.MARKET, "reviewer"), "x");
        Api.Reply holder = change(number, "revocation", issuer().token("holder-foreign", "enterprise"), "x");

        assertThat(List.of(otherDepartment, otherDivision, reviewer, holder))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(404));
        assertThat(verifyByNumber(number)).isEqualTo("valid");
    }

    @Test
    void theSignedStatusListNamesRevokedCertificatesAndVerifiesWithThePublishedKey() throws Exception {
        String number = issue(newCase(), "holder-list").get("number").asString();
        change(number, "revocation", marketClerk(), "吊销");

        Api.Reply list = api().get("/api/certificates/status-list", null);
        Api.Reply keys = api().get("/api/certificates/keys", null);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("Cache-Control")).contains("max-age");
        JsonNode body = list.json();
        assertThat(body.get("entries").get(number).asString()).isEqualTo("revoked");
        JsonNode key = null;
        for (JsonNode k : keys.json().get("keys")) {
            if (k.get("keyId").asString().equals(body.get("keyId").asString())) {
                key = k;
            }
        }
        assertThat(key).isNotNull();
        PublicKey publicKey = java.security.KeyFactory.getInstance("EC", new org.bouncycastle.jce.provider.BouncyCastleProvider())
                .generatePublic(new java.security.spec.X509EncodedKeySpec(Base64.getDecoder().decode(key.get("publicKey").asString())));
        java.security.Signature verifier = java.security.Signature.getInstance("SM3withSM2",
                new org.bouncycastle.jce.provider.BouncyCastleProvider());
        verifier.initVerify(publicKey);
        verifier.update(body.get("signed").asString().getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(body.get("signature").asString()))).isTrue();
        assertThat(body.get("signed").asString()).contains("\"" + number + "\":\"revoked\"");
    }

    @Test
    void afterAKeyRotationOldCertificatesStillVerifyAndNewOnesUseTheNewKey() {
        JsonNode old = issue(newCase(), "holder-rotation");

        Api.Reply rotated = api().post("/api/certificates/keys/rotation", issuer().token("demo-admin", "admin"), "{}");
        Api.Reply notAdmin = api().post("/api/certificates/keys/rotation", marketClerk(), "{}");
        JsonNode fresh = issue(newCase(), "holder-rotation-2");

        assertThat(rotated.status()).isEqualTo(200);
        assertThat(notAdmin.status()).isEqualTo(403);
        assertThat(fresh.get("keyId").asString()).isEqualTo(rotated.json().get("activeKeyId").asString())
                .isNotEqualTo(old.get("keyId").asString());
        assertThat(verifyByNumber(old.get("number").asString())).isEqualTo("valid");
        assertThat(api().get("/api/certificates/verify?qr=" + encode(old.get("qr").asString()), null)
                .json().get("status").asString()).isEqualTo("valid");
        assertThat(api().get("/api/certificates/keys", null).json().get("keys").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aHolderSeesTheirOwnCertificatesOnlyAndTheWalletNeedsALogin() {
        String owner = "wallet-owner-" + UUID.randomUUID();
        String number = issue(newCase(), TestIssuer.subjectOf(owner)).get("number").asString();
        issue(newCase(), "somebody-else");
        String token = issuer().token(owner, "enterprise");

        Api.Reply wallet = api().get("/api/certificates/wallet", token);
        Api.Reply detail = api().get("/api/certificates/wallet/" + number, token);
        Api.Reply othersDetail = api().get("/api/certificates/wallet/" + number, issuer().token("demo-citizen", "citizen"));

        assertThat(wallet.status()).isEqualTo(200);
        assertThat(wallet.json().get("certificates")).hasSize(1);
        assertThat(wallet.json().get("certificates").get(0).get("number").asString()).isEqualTo(number);
        assertThat(detail.json().get("fields").get("mainForm").asString()).isEqualTo("食品销售经营者");
        assertThat(detail.json().get("qrUrl").asString()).contains("/api/certificates/verify?qr=C1.");
        assertThat(othersDetail.status()).isEqualTo(404);
        assertThat(api().get("/api/certificates/wallet", null).status()).isEqualTo(401);
    }

    @Test
    void theCatalogueIsPublic() {
        Api.Reply types = api().get("/api/certificates/types", null);
        Api.Reply unknown = api().get("/api/certificates/types/pilot-licence", null);

        assertThat(types.status()).isEqualTo(200);
        assertThat(types.body()).contains("农村宅基地批准书", "个体工商户营业执照", "营业执照", "食品经营许可证");
        assertThat(unknown.status()).isEqualTo(404);
    }

    // ---

    private String verifyByNumber(String number) {
        return api().get("/api/certificates/verify/" + number, null).json().get("status").asString();
    }

    private Api.Reply change(String number, String what, String token, String reason) {
        return api().post("/api/certificates/" + number + "/" + what, token,
                "{\"reason\":\"" + reason + "\"}");
    }

    private List<String> eventTypesFor(String number, int expected) {
        // Generous: when the import test ran first, 10,000 issue events are ahead in the outbox.
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        List<String> types = List.of();
        while (System.nanoTime() < deadline) {
            List<MapRecord<String, Object, Object>> records = redis.opsForStream()
                    .read(StreamOffset.fromStart("certificates.events"));
            types = records == null ? List.of() : records.stream()
                    .filter(r -> number.equals(r.getValue().get("number")))
                    .peek(r -> assertThat(r.getValue()).containsKeys("eventId", "type", "typeCode", "holderSubject",
                            "occurredAt"))
                    .map(r -> String.valueOf(r.getValue().get("type"))).toList();
            if (types.size() >= expected) {
                return types;
            }
            sleep(500);
        }
        return types;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
