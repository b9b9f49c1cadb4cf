package cn.gov.platform.identity.mandate.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.identity.IdentityServiceIT;
import cn.gov.platform.identity.person.domain.MobileNumber;
import cn.gov.platform.identity.person.domain.Person;
import cn.gov.platform.identity.person.domain.Verification;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestIssuer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 20, point 5: a village agent records a mandate for a villager who has no account. The villager
 * is served by their identity card (a person record, as at a window); once they register and are
 * verified with that number the mandate is theirs to see and revoke, and nobody else's.
 */
class VillagerMandateIT extends IdentityServiceIT {

    private static final String FILE = "/api/identity/agent/mandates";
    private static final String ATTESTED = "村民本人到代办点，出示身份证原件，口头同意";

    private final String admin = issuer().token("villager-admin", "admin");

    private String agentAt(String username) {
        String subject = verifiedPerson(username);
        Api.Reply reply = api().send("PUT", "/api/identity/admin/agents/" + subject, admin,
                "{\"servicePoint\":\"640324100201\"}", Map.of("Content-Type", "application/json"));
        assertThat(reply.status()).isEqualTo(200);
        return subject;
    }

    private Api.Reply file(String agentUsername, String idNumber, String nameJson, String phoneJson, String consent,
            String items) {
        return fileMandate(issuer().token(agentUsername, "agent"), body(idNumber, nameJson, phoneJson, consent, items));
    }

    private static String body(String idNumber, String nameJson, String phoneJson, String consent, String items) {
        return """
                {"principalIdNumber":"%s","principalName":%s,"principalPhone":%s,"items":%s,"validUntil":"%s",
                 "consent":"%s","attestation":"%s"}""".formatted(idNumber, nameJson, phoneJson, items,
                Instant.now().plus(60, ChronoUnit.DAYS), consent, ATTESTED);
    }

    @Test
    void aRepeatedRecordingWithTheSameKeyAnswersTheFirstMandateAndRecordsNothingMore() {
        agentAt("villager-agent-7");
        String token = issuer().token("villager-agent-7", "agent");
        String body = body(freshIdNumber().value(), "\"马小军\"", "null", "in_person", "[\"elderly-allowance\"]");

        Api.Reply first = fileMandate(token, body, "mandate-form-1");
        Api.Reply again = fileMandate(token, body, "mandate-form-1");
        Api.Reply other = fileMandate(token, body, "mandate-form-2");

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(again.json().get("principal").asString()).isEqualTo(first.json().get("principal").asString());
        assertThat(other.status()).as("a new form is a new mandate").isEqualTo(201);
        assertThat(other.json().get("principal").asString()).as("for the same person record")
                .isEqualTo(first.json().get("principal").asString());
        assertThat(api().get("/api/identity/mandates", token).json().get("held")).hasSize(2);
    }

    @Test
    void aRecordingWithoutAnIdempotencyKeyIsRefusedNamingTheHeader() {
        agentAt("villager-agent-8");
        Api.Reply reply = postJson(FILE, issuer().token("villager-agent-8", "agent"),
                body(freshIdNumber().value(), "\"马小英\"", "null", "in_person", "[\"elderly-allowance\"]"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
        assertThat(reply.json().get("field").asString()).isEqualTo("Idempotency-Key");
    }

    private JsonNode check(String actor, String principal, String item) {
        return api().get("/api/identity/internal/mandates/check?actor=" + actor + "&principal=" + principal + "&item="
                + item, serviceToken()).json();
    }

    @Test
    void aVillagerWithoutAnAccountIsServedByTheirIdentityCardAndTheAgentReadsTheirName() {
        String agent = agentAt("villager-agent-1");
        String idNumber = freshIdNumber().value();

        Api.Reply filed = file("villager-agent-1", idNumber, "\"马小花\"", "\"13909537001\"", "in_person",
                "[\"elderly-allowance\"]");

        assertThat(filed.status()).isEqualTo(201);
        String record = filed.json().get("principal").asString();
        assertThat(record).startsWith("record:");
        assertThat(filed.json().get("state").asString()).isEqualTo("active");
        assertThat(filed.json().get("effective").asBoolean()).isTrue();
        assertThat(filed.json().get("principalName").asString()).isEqualTo("马小花");
        assertThat(filed.body()).doesNotContain(idNumber).doesNotContain("13909537001");
        JsonNode held = api().get("/api/identity/mandates", issuer().token("villager-agent-1", "agent")).json().get("held");
        assertThat(held.get(0).get("principal").asString()).isEqualTo(record);
        assertThat(held.get(0).get("principalName").asString()).isEqualTo("马小花");
        JsonNode allowed = check(agent, record, "elderly-allowance");
        assertThat(allowed.get("allowed").asBoolean()).isTrue();
        assertThat(allowed.get("principalName").asString()).as("intake shows staff whom the case is for").isEqualTo("马小花");
        JsonNode refused = check(agent, record, "business-licence");
        assertThat(refused.get("reason").asString()).isEqualTo("ITEM_NOT_IN_SCOPE");
        assertThat(refused.has("principalName")).as("named only when the agent may act").isFalse();
        // NOT-1: the villager is told at the phone the agent recorded.
        Api.Reply contact = api().get("/api/identity/internal/persons/" + record + "/contact", serviceToken());
        assertThat(contact.json().get("phone").asString()).isEqualTo("13909537001");
    }

    @Test
    void aSecondMandateForTheSameNumberAndARetryReuseTheRecordAndAWindowFindsItToo() {
        agentAt("villager-agent-2");
        agentAt("villager-agent-2b");
        String idNumber = freshIdNumber().value();

        String first = file("villager-agent-2", idNumber, "\"马小军\"", "null", "in_person", "[\"elderly-allowance\"]")
                .json().get("principal").asString();
        // The same request sent again (no Idempotency-Key on this endpoint): a second mandate, never a second record.
        Api.Reply retried = file("villager-agent-2", idNumber, "\"马小军\"", "null", "in_person", "[\"elderly-allowance\"]");
        Api.Reply another = file("villager-agent-2b", idNumber.toLowerCase(), "\"马小军\"", "\"13909537002\"", "in_person",
                "[\"land-registration\"]");
        Api.Reply window = postJson("/api/identity/internal/person-records", serviceToken(), """
                {"name":"马小军","idNumber":"%s","phone":null,"filedBy":"clerk-subject"}""".formatted(idNumber));

        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.json().get("principal").asString()).isEqualTo(first);
        assertThat(another.json().get("principal").asString()).isEqualTo(first);
        assertThat(window.json().get("subject").asString()).isEqualTo(first);
        assertThat(api().get("/api/identity/internal/persons/" + first + "/contact", serviceToken()).json()
                .get("phone").asString()).as("the phone given at the later visit").isEqualTo("13909537002");
    }

    @Test
    void aWrongOrMissingNameOrConsentNotGivenInPersonIsRefusedNamingTheFieldAndMakesNoRecord() {
        agentAt("villager-agent-3");
        String idNumber = freshIdNumber().value();
        file("villager-agent-3", idNumber, "\"马小兰\"", "null", "in_person", "[\"elderly-allowance\"]");
        String unknown = freshIdNumber().value();

        Api.Reply wrongName = file("villager-agent-3", idNumber, "\"李四\"", "null", "in_person", "[\"elderly-allowance\"]");
        Api.Reply noName = file("villager-agent-3", unknown, "null", "null", "in_person", "[\"elderly-allowance\"]");
        Api.Reply app = file("villager-agent-3", unknown, "\"王五\"", "null", "app_confirmation", "[\"elderly-allowance\"]");
        Api.Reply badName = file("villager-agent-3", unknown, "\"王\"", "null", "in_person", "[\"elderly-allowance\"]");
        Api.Reply badPhone = file("villager-agent-3", unknown, "\"王五\"", "\"12345\"", "in_person", "[\"elderly-allowance\"]");
        Api.Reply noItems = file("villager-agent-3", unknown, "\"王五\"", "null", "in_person", "[]");

        assertThat(wrongName.status()).isEqualTo(422);
        assertThat(wrongName.json().get("code").asString()).isEqualTo("NAME_DOES_NOT_MATCH_ID_NUMBER");
        assertThat(wrongName.json().get("field").asString()).isEqualTo("principalName");
        assertThat(noName.status()).isEqualTo(422);
        assertThat(noName.json().get("code").asString()).isEqualTo("PRINCIPAL_NAME_REQUIRED");
        assertThat(noName.json().get("field").asString()).isEqualTo("principalName");
        assertThat(app.status()).isEqualTo(422);
        assertThat(app.json().get("field").asString()).isEqualTo("consent");
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.json().get("field").asString()).isEqualTo("principalName");
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.json().get("field").asString()).isEqualTo("principalPhone");
        assertThat(badPhone.body()).doesNotContain(unknown);
        assertThat(noItems.status()).isEqualTo(400);
        assertThat(noItems.json().get("field").asString()).isEqualTo("items");
        // None of the refusals made a record for the unknown number: a window makes the first one now.
        Api.Reply window = postJson("/api/identity/internal/person-records", serviceToken(), """
                {"name":"赵六","idNumber":"%s","phone":null,"filedBy":"clerk-subject"}""".formatted(unknown));
        assertThat(window.status()).isEqualTo(200);
    }

    @Test
    void theVillagerOnceRegisteredAndVerifiedSeesAndRevokesTheMandateAndNobodyElseCan() {
        String agent = agentAt("villager-agent-4");
        var idNumber = freshIdNumber();
        Api.Reply filed = file("villager-agent-4", idNumber.value(), "\"测试人员\"", "null", "in_person",
                "[\"elderly-allowance\"]");
        String id = filed.json().get("id").asString();
        String record = filed.json().get("principal").asString();

        // Registered with that number but not verified yet: the record is not theirs.
        String villager = TestIssuer.subjectOf("villager-registered-4");
        Person person = new Person(villager, "villager-registered-4", "测试人员", idNumber, new MobileNumber("13909537004"),
                Verification.NONE, Instant.now());
        persons.add(person);
        String villagerToken = issuer().token("villager-registered-4", "citizen");
        assertThat(api().get("/api/identity/mandates", villagerToken).json().get("given").size()).isZero();
        assertThat(postJson("/api/identity/mandates/" + id + "/revoke", villagerToken, "").status()).isEqualTo(404);

        person.recordVerification(true, "TEST", Instant.now());
        persons.update(person);
        JsonNode given = api().get("/api/identity/mandates", villagerToken).json().get("given");
        assertThat(given).hasSize(1);
        assertThat(given.get(0).get("id").asString()).isEqualTo(id);
        assertThat(given.get(0).get("principalName").asString()).isEqualTo("测试人员");
        assertThat(api().get("/api/identity/me", villagerToken).json().get("mandates").get("given").get(0)
                .get("id").asString()).isEqualTo(id);
        assertThat(api().get("/api/identity/mandates/" + id, villagerToken).status()).isEqualTo(200);

        verifiedPerson("villager-stranger-4");
        String stranger = issuer().token("villager-stranger-4", "citizen");
        assertThat(api().get("/api/identity/mandates/" + id, stranger).status()).isEqualTo(404);
        assertThat(postJson("/api/identity/mandates/" + id + "/revoke", stranger, "").status()).isEqualTo(404);
        assertThat(postJson("/api/identity/mandates/" + id + "/revoke", issuer().token("villager-agent-4", "agent"), "")
                .status()).as("the agent reads it but cannot revoke it").isEqualTo(404);
        assertThat(check(agent, record, "elderly-allowance").get("allowed").asBoolean()).isTrue();

        Api.Reply revoked = postJson("/api/identity/mandates/" + id + "/revoke", villagerToken, "");

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("state").asString()).isEqualTo("revoked");
        JsonNode after = check(agent, record, "elderly-allowance");
        assertThat(after.get("allowed").asBoolean()).isFalse();
        assertThat(after.get("reason").asString()).isEqualTo("REVOKED");
    }

    @Test
    void aVillagerWithAnAccountIsServedAsTodayAndMustBeVerified() {
        agentAt("villager-agent-5");
        var idNumber = freshIdNumber();
        String unverified = TestIssuer.subjectOf("villager-unverified-5");
        persons.add(new Person(unverified, "villager-unverified-5", "测试人员", idNumber, new MobileNumber("13909537005"),
                Verification.NONE, Instant.now()));

        Api.Reply refused = file("villager-agent-5", idNumber.value(), "\"测试人员\"", "null", "in_person",
                "[\"elderly-allowance\"]");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("NOT_VERIFIED");
    }
}
