package cn.gov.platform.identity.mandate.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.identity.IdentityServiceIT;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestClock;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class MandateApiIT extends IdentityServiceIT {

    @Autowired
    MeterRegistry meters;

    private final String admin = issuer().token("mandate-admin", "admin");

    private String agentAt(String username, String servicePoint) {
        String subject = verifiedPerson(username);
        Api.Reply reply = api().send("PUT", "/api/identity/admin/agents/" + subject, admin,
                "{\"servicePoint\":\"" + servicePoint + "\"}", Map.of("Content-Type", "application/json"));
        assertThat(reply.status()).isEqualTo(200);
        return subject;
    }

    private JsonNode check(String actor, String principal, String item) {
        Api.Reply reply = api().get("/api/identity/internal/mandates/check?actor=" + actor + "&principal=" + principal
                + "&item=" + item, serviceToken());
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    private Api.Reply grant(String villagerUsername, String agent, String items, Instant until) {
        return postJson("/api/identity/mandates", issuer().token(villagerUsername, "citizen"),
                "{\"agent\":\"" + agent + "\",\"items\":" + items + ",\"validUntil\":\"" + until + "\"}");
    }

    @Test
    void aMandatePassesForTheGrantedItemFailsForAnotherAndAfterRevocation() {
        String agent = agentAt("mandate-agent-1", "640324100201");
        String villager = verifiedPerson("mandate-villager-1");
        assertThat(check(agent, villager, "elderly-allowance").get("reason").asString()).isEqualTo("NO_MANDATE");
        assertThat(check(agent, villager, "elderly-allowance").has("mandateId")).isTrue();

        Api.Reply granted = grant("mandate-villager-1", agent, "[\"elderly-allowance\"]",
                Instant.now().plus(30, ChronoUnit.DAYS));
        assertThat(granted.status()).isEqualTo(201);
        String id = granted.json().get("id").asString();

        JsonNode yes = check(agent, villager, "elderly-allowance");
        assertThat(yes.get("allowed").asBoolean()).isTrue();
        assertThat(yes.get("reason").asString()).isEqualTo("GRANTED");
        assertThat(yes.get("mandateId").asString()).isEqualTo(id);
        assertThat(check(agent, villager, "elderly-allowance").get("allowed").asBoolean()).isTrue(); // from cache
        assertThat(check(agent, villager, "business-licence").get("reason").asString()).isEqualTo("ITEM_NOT_IN_SCOPE");

        Api.Reply revoked = postJson("/api/identity/mandates/" + id + "/revoke", issuer().token("mandate-villager-1", "citizen"), "");
        assertThat(revoked.status()).isEqualTo(200);

        JsonNode after = check(agent, villager, "elderly-allowance");
        assertThat(after.get("allowed").asBoolean()).isFalse();
        assertThat(after.get("reason").asString()).isEqualTo("REVOKED");
        assertThat(meters.get("identity.checks.cache").tag("check", "mandate").tag("outcome", "hit").counter().count())
                .isPositive();
        assertThat(meters.get("identity.checks.cache.hit.ratio").tag("check", "mandate").gauge().value()).isPositive();
    }

    @Test
    void theAgentReadsThePrincipalByRealNameAndThePrincipalTheAgent() {
        String agent = agentAt("mandate-agent-names", "640324100201");
        String villager = verifiedPerson("mandate-villager-names");
        assertThat(grant("mandate-villager-names", agent, "[\"elderly-allowance\"]", Instant.now().plus(30, ChronoUnit.DAYS))
                .status()).isEqualTo(201);

        JsonNode held = api().get("/api/identity/mandates", issuer().token("mandate-agent-names", "agent")).json().get("held");
        assertThat(held).hasSize(1);
        assertThat(held.get(0).get("principal").asString()).isEqualTo(villager);
        assertThat(held.get(0).get("principalName").asString()).isEqualTo("测试人员");
        JsonNode given = api().get("/api/identity/mandates", issuer().token("mandate-villager-names", "citizen")).json().get("given");
        assertThat(given.get(0).get("agentName").asString()).isEqualTo("测试人员");
        JsonNode profile = api().get("/api/identity/me", issuer().token("mandate-villager-names", "citizen")).json();
        assertThat(profile.get("mandates").get("given").get(0).get("principalName").asString()).isEqualTo("测试人员");
    }

    @Test
    void aCachedGrantEndsWhenTheMandateExpires() throws InterruptedException {
        String agent = agentAt("mandate-agent-2", "640324100201");
        String villager = verifiedPerson("mandate-villager-2");
        assertThat(grant("mandate-villager-2", agent, "[\"elderly-allowance\"]", Instant.now().plusSeconds(2))
                .status()).isEqualTo(201);
        assertThat(check(agent, villager, "elderly-allowance").get("allowed").asBoolean()).isTrue();

        Thread.sleep(2_500);

        JsonNode expired = check(agent, villager, "elderly-allowance");
        assertThat(expired.get("allowed").asBoolean()).isFalse();
        assertThat(expired.get("reason").asString()).isEqualTo("EXPIRED");
    }

    @Test
    void anAgentFilesInPersonForAVillagerFoundByIdentityNumberAndAnAppConfirmationWaits() {
        String agent = agentAt("mandate-agent-3", "640324100201");
        String villager = verifiedPerson("mandate-villager-3");
        String idNumber = persons.bySubject(villager).orElseThrow().idNumber().value();
        String agentToken = issuer().token("mandate-agent-3", "agent");

        Api.Reply inPerson = fileMandate(agentToken, """
                {"principalIdNumber":"%s","allItems":true,"validUntil":"%s","consent":"in_person",
                 "attestation":"村民本人到代办点，出示身份证原件，口头同意并按手印"}"""
                .formatted(idNumber, Instant.now().plus(90, ChronoUnit.DAYS)));
        assertThat(inPerson.status()).isEqualTo(201);
        assertThat(inPerson.json().get("state").asString()).isEqualTo("active");
        assertThat(check(agent, villager, "any-item").get("allowed").asBoolean()).isTrue();
        assertThat(inPerson.body()).doesNotContain(idNumber);

        Api.Reply pending = fileMandate(agentToken, """
                {"principalIdNumber":"%s","items":["land-registration"],"validUntil":"%s","consent":"app_confirmation"}"""
                .formatted(idNumber, Instant.now().plus(90, ChronoUnit.DAYS)));
        assertThat(pending.json().get("state").asString()).isEqualTo("pending_confirmation");
        Api.Reply confirmed = postJson("/api/identity/mandates/" + pending.json().get("id").asString() + "/confirm",
                issuer().token("mandate-villager-3", "citizen"), "");
        assertThat(confirmed.json().get("state").asString()).isEqualTo("active");
    }

    @Test
    void aPrincipalNumberWhoseHolderIsNotBornYetByTheServicesClockIsRefusedNamingTheField() {
        agentAt("mandate-agent-6", "640324100201");
        TestClock.set(Instant.parse("2026-06-14T02:00:00Z")); // 10:00 on 14 June in China
        try {
            String body = "640324" + "20260615" + "002";
            Api.Reply reply = fileMandate(issuer().token("mandate-agent-6", "agent"), """
                    {"principalIdNumber":"%s","allItems":true,"validUntil":"2026-09-01T00:00:00Z","consent":"in_person",
                     "attestation":"村民本人到代办点"}""".formatted(body + ResidentIdNumber.checkCharacter(body)));

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("code").asString()).isEqualTo("INVALID_ID_NUMBER");
            assertThat(reply.json().get("field").asString()).isEqualTo("principalIdNumber");
        } finally {
            TestClock.release();
        }
    }

    @Test
    void someoneElsesMandateDoesNotExistForTheCaller() {
        String agent = agentAt("mandate-agent-4", "640324100201");
        verifiedPerson("mandate-villager-4");
        String id = grant("mandate-villager-4", agent, "[\"elderly-allowance\"]", Instant.now().plus(1, ChronoUnit.DAYS))
                .json().get("id").asString();
        String stranger = issuer().token("mandate-stranger", "citizen");

        assertThat(api().get("/api/identity/mandates/" + id, stranger).status()).isEqualTo(404);
        Api.Reply revoke = postJson("/api/identity/mandates/" + id + "/revoke", stranger, "");
        assertThat(revoke.status()).isEqualTo(404);
        assertThat(revoke.json().get("code").asString()).isEqualTo("MANDATE_NOT_FOUND");
        // The agent sees it but cannot revoke it.
        assertThat(api().get("/api/identity/mandates/" + id, issuer().token("mandate-agent-4", "agent")).status())
                .isEqualTo(200);
    }

    @Test
    void badMandatesAreRefusedNamingTheFieldAndNothingIsStored() {
        String agent = agentAt("mandate-agent-5", "640324100201");
        verifiedPerson("mandate-villager-5");
        String villagerToken = issuer().token("mandate-villager-5", "citizen");

        Api.Reply past = grant("mandate-villager-5", agent, "[\"x\"]", Instant.now().minusSeconds(60));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("field").asString()).isEqualTo("validUntil");
        Api.Reply notAgent = grant("mandate-villager-5", verifiedPerson("mandate-not-agent"), "[\"x\"]",
                Instant.now().plusSeconds(600));
        assertThat(notAgent.json().get("code").asString()).isEqualTo("NOT_AN_AGENT");
        Api.Reply noItems = grant("mandate-villager-5", agent, "[]", Instant.now().plusSeconds(600));
        assertThat(noItems.json().get("field").asString()).isEqualTo("items");
        Api.Reply unknownPoint = api().send("PUT", "/api/identity/admin/agents/" + agent, admin,
                "{\"servicePoint\":\"640324105299\"}", Map.of("Content-Type", "application/json"));
        assertThat(unknownPoint.status()).isEqualTo(400);
        assertThat(unknownPoint.json().get("code").asString()).isEqualTo("UNKNOWN_DIVISION");

        assertThat(api().get("/api/identity/mandates", villagerToken).json().get("given").size()).isZero();
    }

    @Test
    void everyChangeIsAuditedAndEachPersonReadsTheirOwnTrail() {
        String agent = agentAt("mandate-agent-6", "640324100201");
        verifiedPerson("mandate-villager-6");
        String id = grant("mandate-villager-6", agent, "[\"elderly-allowance\"]", Instant.now().plus(1, ChronoUnit.DAYS))
                .json().get("id").asString();

        JsonNode mine = api().get("/api/identity/me/audit", issuer().token("mandate-villager-6", "citizen")).json();
        assertThat(mine.toString()).contains("MANDATE_GRANTED").contains(id);
        assertThat(mine.get(0).get("requestId").asString()).isNotBlank();

        JsonNode strangers = api().get("/api/identity/me/audit", issuer().token("mandate-stranger-6", "citizen")).json();
        assertThat(strangers.toString()).doesNotContain(id);

        Api.Reply adminView = api().get("/api/identity/admin/audit?objectType=mandate&objectId=" + id, admin);
        assertThat(adminView.status()).isEqualTo(200);
        assertThat(adminView.json().get(0).get("action").asString()).isEqualTo("MANDATE_GRANTED");
        assertThat(api().get("/api/identity/admin/audit", issuer().token("mandate-villager-6", "citizen")).status())
                .isEqualTo(403);
    }
}
