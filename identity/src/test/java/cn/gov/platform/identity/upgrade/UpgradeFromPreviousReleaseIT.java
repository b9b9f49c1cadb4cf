package cn.gov.platform.identity.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.identity.IdentityServiceIT;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.StoreFixture;
import cn.gov.platform.testkit.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The current build started on the store the previous release (main 8b59842) left after its journeys
 * (resources/upgrade/8b59842, made by testkit/release-fixture.sh): people read their accounts (the
 * encrypted numbers decrypt), mandates still decide what agents may do, the principal revokes an old
 * one, an enterprise's representative reads it, and a new person registers beside the old ones.
 * The context is closed after the class, so that its relays and consumers stop with it.
 */
@DirtiesContext
class UpgradeFromPreviousReleaseIT extends IdentityServiceIT {

    /** mandate-villager-3 gave mandate-agent-3 every item, in person; valid until March 2027. */
    private static final String EVERY_ITEM = "6c9fd0dd-45b1-46ba-8d65-6e6021d1bbc6";
    /** mandate-villager-3 gave mandate-agent-3 land registration alone. */
    private static final String LAND_REGISTRATION = "b0a314aa-f33e-42ef-b388-222cdffd4322";
    private static final String REVOKED = "ca1f1444-a4b6-41a7-b6ac-a91f601808b2";
    private static final String ENTERPRISE = "91350100M000100Y43";

    @DynamicPropertySource
    static void previousReleaseStore(DynamicPropertyRegistry registry) {
        StoreFixture.load(registry, "upgrade-identity", "upgrade/8b59842");
    }

    private JsonNode mandateCheck(String agent, String principal, String item) {
        Api.Reply reply = api().get("/api/identity/internal/mandates/check?actor=" + TestIssuer.subjectOf(agent)
                + "&principal=" + TestIssuer.subjectOf(principal) + "&item=" + item, serviceToken());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void aPersonRegisteredUnderThePreviousReleaseReadsTheirAccountMasked() {
        Api.Reply me = api().get("/api/identity/me", issuer().token("reg-alice", "citizen"));

        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().get("person").get("name").asString()).isEqualTo("马丽");
        assertThat(me.json().get("person").get("phone").asString()).isEqualTo("138****5678");
        assertThat(me.json().get("person").get("idNumber").asString()).matches("\\d{6}\\*+[0-9X]{4}|.*\\*{4,}.*");
    }

    @Test
    void mandatesGivenUnderThePreviousReleaseStillDecideWhatTheAgentMayDo() {
        JsonNode allowed = mandateCheck("mandate-agent-3", "mandate-villager-3", "SCJG-001");
        JsonNode revoked = mandateCheck("mandate-agent-1", "mandate-villager-1", "elderly-allowance");

        assertThat(allowed.get("allowed").asBoolean()).isTrue();
        assertThat(allowed.get("mandateId").asString()).isEqualTo(EVERY_ITEM);
        assertThat(revoked.get("allowed").asBoolean()).isFalse();
        assertThat(api().get("/api/identity/mandates/" + REVOKED, issuer().token("mandate-villager-1", "citizen"))
                .json().get("state").asString()).isEqualTo("revoked");
    }

    @Test
    void thePrincipalRevokesAMandateGivenUnderThePreviousRelease() {
        String principal = issuer().token("mandate-villager-3", "citizen");

        Api.Reply revoked = postJson("/api/identity/mandates/" + LAND_REGISTRATION + "/revoke", principal, "{}");

        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(api().get("/api/identity/mandates/" + LAND_REGISTRATION, principal).json().get("state").asString())
                .isEqualTo("revoked");
        assertThat(api().get("/api/identity/mandates/" + LAND_REGISTRATION, issuer().token("reg-bob", "citizen"))
                .status()).isEqualTo(404);
    }

    @Test
    void theRepresentativeReadsTheEnterpriseRegisteredUnderThePreviousRelease() {
        Api.Reply enterprise = api().get("/api/identity/enterprises/" + ENTERPRISE, issuer().token("ent-boss", "enterprise"));

        assertThat(enterprise.status()).as(enterprise.body()).isEqualTo(200);
        assertThat(enterprise.json().get("name").asString()).isEqualTo("福州示例有限公司");
    }

    @Test
    void aNewPersonRegistersBesideThePeopleThePreviousReleaseStored() {
        keycloakCreates("upgrade-dora");
        String seventeen = "64032419880707123";
        ResidentIdNumber id = new ResidentIdNumber(seventeen + ResidentIdNumber.checkCharacter(seventeen));

        Api.Reply registered = postJson("/api/identity/registrations", null, """
                {"username":"upgrade-dora","password":"Secret12345x","name":"马多拉","idNumber":"%s","phone":"13712345678"}"""
                .formatted(id.value()));

        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(api().get("/api/identity/me", issuer().token("upgrade-dora", "citizen")).json().get("person")
                .get("name").asString()).isEqualTo("马多拉");
    }
}
