package cn.gov.platform.identity.holder.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.identity.IdentityServiceIT;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestIssuer;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18, point 3, identity's side of the contract with certificates: a legacy certificate imported by
 * identity number waits under the number's key; the person who then registers and is verified with that
 * number is given the same key for their account, which is how certificates hands them the certificate.
 */
class HolderKeysIT extends IdentityServiceIT {

    private static final String RESOLUTIONS = "/api/identity/internal/holder-keys/resolutions";

    private Api.Reply resolve(String idNumbersJson, String creditCodesJson) {
        return postJson(RESOLUTIONS, serviceToken(),
                "{\"idNumbers\":" + idNumbersJson + ",\"creditCodes\":" + creditCodesJson + "}");
    }

    private Api.Reply register(String username, String name, ResidentIdNumber id) {
        keycloakCreates(username);
        return postJson("/api/identity/registrations", null, """
                {"username":"%s","password":"Secret12345x","name":"%s","idNumber":"%s","phone":"13812345678"}"""
                .formatted(username, name, id.value()));
    }

    private JsonNode keysOf(String subject) {
        return api().get("/api/identity/internal/persons/" + subject + "/holder-keys", serviceToken()).json();
    }

    /** The service writes no null field: an absent one is null. */
    private static boolean absent(JsonNode node, String field) {
        return node.get(field) == null || node.get(field).isNull();
    }

    private static String freshCreditCode() {
        String body = "91640324MA" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        return body + UnifiedSocialCreditCode.checkCharacter(body);
    }

    @Test
    void aNumberWaitsUnderItsKeyUntilItsPersonRegistersAndIsVerifiedThenTheirAccountHasThatKey() {
        ResidentIdNumber id = freshIdNumber();

        JsonNode before = resolve("[\"" + id.value() + "\"]", "[]").json();
        Api.Reply registered = register("hk-newcomer", "马文华", id);
        JsonNode after = resolve("[\"" + id.value().toLowerCase() + "\"]", "[]").json();
        JsonNode keys = keysOf(TestIssuer.subjectOf("hk-newcomer"));

        String key = before.get("persons").get(0).get("key").asString();
        assertThat(key).matches("[0-9a-f]{64}");
        assertThat(absent(before.get("persons").get(0), "subject")).as("nobody holds it yet").isTrue();
        assertThat(registered.json().get("verification").get("status").asString()).isEqualTo("verified");
        assertThat(after.get("persons").get(0).get("key").asString()).isEqualTo(key);
        assertThat(after.get("persons").get(0).get("subject").asString()).isEqualTo(TestIssuer.subjectOf("hk-newcomer"));
        assertThat(keys.get("personKey").asString()).as("the same key, so the waiting certificates are theirs")
                .isEqualTo(key);
    }

    @Test
    void anAccountThatIsNotVerifiedWithTheNumberGetsNeitherTheCertificatesNorTheKey() {
        ResidentIdNumber id = freshIdNumber();

        register("hk-mismatch", "张不符", id);

        assertThat(absent(resolve("[\"" + id.value() + "\"]", "[]").json().get("persons").get(0), "subject")).isTrue();
        assertThat(absent(keysOf(TestIssuer.subjectOf("hk-mismatch")), "personKey")).isTrue();
        assertThat(absent(keysOf("nobody-at-all"), "personKey")).isTrue();
    }

    @Test
    void aCreditCodeIsTheRegisteredEnterprisesRepresentativesAndAmongTheirKeys() {
        String representative = verifiedPerson("hk-boss");
        String code = freshCreditCode();
        String other = freshCreditCode();

        Api.Reply registered = postJson("/api/identity/enterprises", issuer().token("hk-boss", "citizen"),
                "{\"creditCode\":\"" + code + "\",\"name\":\"同心县示例商贸有限公司\"}");
        JsonNode resolved = resolve("[]", "[\"" + code + "\",\"" + other + "\"]").json();

        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(resolved.get("enterprises").get(0).get("subject").asString()).isEqualTo(representative);
        assertThat(absent(resolved.get("enterprises").get(1), "subject")).isTrue();
        assertThat(keysOf(representative).get("creditCodes").toString()).contains(code);
    }

    @Test
    void anInvalidNumberIsRefusedByItsPositionWithoutEchoingIt() {
        String valid = freshIdNumber().value();
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');

        Api.Reply refused = resolve("[\"" + valid + "\",\"" + wrongCheck + "\"]", "[]");
        Api.Reply badCode = resolve("[]", "[\"91640324MA0000000X\"]");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("idNumbers[1]");
        assertThat(refused.json().get("code").asString()).isEqualTo("INVALID_ID_NUMBER");
        assertThat(refused.body()).doesNotContain(wrongCheck).doesNotContain(valid);
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.json().get("field").asString()).isEqualTo("creditCodes[0]");
    }

    @Test
    void onlyServicesMayAsk() {
        Api.Reply citizen = postJson(RESOLUTIONS, issuer().token("hk-citizen", "citizen"),
                "{\"idNumbers\":[],\"creditCodes\":[]}");
        Api.Reply clerk = api().get("/api/identity/internal/persons/x/holder-keys", issuer().token("hk-clerk", "clerk"));

        assertThat(citizen.status()).isEqualTo(403);
        assertThat(clerk.status()).isEqualTo(403);
    }
}
