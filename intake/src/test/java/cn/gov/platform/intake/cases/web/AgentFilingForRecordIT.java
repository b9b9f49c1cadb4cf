package cn.gov.platform.intake.cases.web;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestIssuer;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 20, point 5 (INT-10): a village agent files for a villager who has no account, whose mandate names
 * the villager's person record. The case is the record's, its AgentFiled event tells the record's
 * applicant (notifications reaches a record at the phone the agent recorded, as it reaches a window's
 * applicant), and the villager, once registered and verified, sees the case in their list as their own.
 */
class AgentFilingForRecordIT extends IntakeIT {

    private static final String RECORD = "record:5b0e7a2c-0000-4000-8000-000000000020";

    private static void recordMandate(String agent, String item) {
        IDENTITY.stubFor(get(urlPathEqualTo("/api/identity/internal/mandates/check")).atPriority(1)
                .withQueryParam("actor", equalTo(TestIssuer.subjectOf(agent)))
                .withQueryParam("principal", equalTo(RECORD))
                .withQueryParam("item", equalTo(item))
                .willReturn(okJson("{\"allowed\":true,\"reason\":\"GRANTED\",\"mandateId\":\"m-record\",\"principalName\":\"马小花\"}")));
    }

    @Test
    void anAgentFilesForAVillagerWithoutAnAccountAndTheVillagerOnceVerifiedSeesItAsTheirOwn() {
        recordMandate("demo-agent", "MZ-002");
        String agent = issuer().token("demo-agent", "agent");
        String villager = issuer().token("ma-villager-20", "citizen");
        String stranger = issuer().token("someone-else-20", "citizen");

        Api.Reply filed = file(agent, """
                {"itemCode":"MZ-002","division":"640324100201","principalSubject":"%s",
                 "certificates":[{"materialCode":"id-card","certificateNumber":"RID-20"},
                                 {"materialCode":"household-register","certificateNumber":"HR-20"}]}"""
                .formatted(RECORD));

        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.json().get("filedByAgent").asBoolean()).isTrue();
        String id = filed.json().get("id").asString();
        assertThat(api().get("/api/intake/cases/" + id, agent).status()).isEqualTo(200);
        JsonNode listed = api().get("/api/intake/cases", agent).json().get("items");
        assertThat(listed).anySatisfy(c -> {
            assertThat(c.get("id").asString()).isEqualTo(id);
            assertThat(c.get("principalName").asString()).as("whom the case is for, by name").isEqualTo("马小花");
        });
        Document stored = mongo.getCollection("cases").find(new Document("_id", id)).first();
        assertThat(stored.getString("applicantSubject")).isEqualTo(RECORD);
        assertThat(stored.getString("agentSubject")).isEqualTo(TestIssuer.subjectOf("demo-agent"));
        @SuppressWarnings("unchecked")
        List<Document> outbox = (List<Document>) stored.get("outbox");
        assertThat(outbox).as("the villager is told (NOT-1)").anySatisfy(e -> {
            assertThat(e.getString("type")).isEqualTo("AgentFiled");
            assertThat(e.getString("applicantSubject")).isEqualTo(RECORD);
        });

        // Registered but not (yet) verified: identity links no record, so the case is not theirs.
        assertThat(api().get("/api/intake/cases/" + id, villager).status()).isEqualTo(404);
        assertThat(api().get("/api/intake/cases", villager).body()).doesNotContain(id);

        IDENTITY.stubFor(get(urlPathEqualTo("/api/identity/internal/persons/" + TestIssuer.subjectOf("ma-villager-20")
                + "/person-records")).atPriority(1).willReturn(okJson("{\"subjects\":[\"" + RECORD + "\"]}")));

        assertThat(api().get("/api/intake/cases", villager).body()).contains(id);
        Api.Reply theirs = api().get("/api/intake/cases/" + id, villager);
        assertThat(theirs.status()).isEqualTo(200);
        assertThat(theirs.json().get("filedByAgent").asBoolean()).isTrue();
        assertThat(theirs.body()).doesNotContain(RECORD);
        assertThat(api().get("/api/intake/cases/" + id, stranger).status()).isEqualTo(404);
        assertThat(api().get("/api/intake/cases", stranger).body()).doesNotContain(id);
    }

    @Test
    void withoutTheRecordsMandateTheAgentIsRefusedAndNothingIsStored() {
        long before = cases();

        Api.Reply refused = file(issuer().token("demo-agent", "agent"), """
                {"itemCode":"MZ-002","division":"640324100201","principalSubject":"record:no-mandate-20"}""");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("MANDATE_REQUIRED");
        assertThat(cases()).isEqualTo(before);
    }
}
