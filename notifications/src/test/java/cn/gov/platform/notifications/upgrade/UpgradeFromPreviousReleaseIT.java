package cn.gov.platform.notifications.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.notifications.NotificationsIT;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.StoreFixture;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The current build started on the store the previous release (main 8b59842) left after its journeys
 * (resources/upgrade/8b59842, made by testkit/release-fixture.sh): the inbox shows and marks its
 * messages, a message it delivered keeps its status, and templates get new versions beside the stored
 * ones. Nothing here waits on the event consumers: other contexts of this JVM share the consumer group.
 */
@DirtiesContext
class UpgradeFromPreviousReleaseIT extends NotificationsIT {

    /** A CaseClosed message the previous release sent through provider A and saw delivered. */
    private static final String DELIVERED = "2ecf36ce-7fc1-4441-b0b0-44c543ab1f30:0a5d0133-c48a-3a3e-852a-309ccd1bac29";

    @DynamicPropertySource
    static void previousReleaseStore(DynamicPropertyRegistry registry) {
        StoreFixture.load(registry, "upgrade-notifications", "upgrade/8b59842");
    }

    @Test
    void theInboxShowsTheMessagesThePreviousReleaseStoredAndTheOwnerMarksThemRead() {
        String owner = issuer().token("demo-citizen", "citizen");

        Api.Reply inbox = api().get("/api/notifications/inbox", owner);

        assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
        assertThat(inbox.json().get("messages").findValuesAsString("templateCode"))
                .containsExactlyInAnyOrder("case-accepted", "case-submitted");
        assertThat(inbox.json().get("unread").asLong()).isEqualTo(1);
        String unread = inbox.json().get("messages").valueStream().filter(m -> !m.get("read").asBoolean())
                .findFirst().orElseThrow().get("id").asString();
        assertThat(api().post("/api/notifications/inbox/" + unread + "/read", issuer().token("demo-citizen2", "citizen"),
                "").status()).isEqualTo(404);
        assertThat(api().post("/api/notifications/inbox/" + unread + "/read", owner, "").status()).isEqualTo(204);
        assertThat(api().get("/api/notifications/inbox/unread-count", owner).json().get("unread").asLong()).isZero();
    }

    @Test
    void aMessageThePreviousReleaseDeliveredKeepsItsStatus() {
        Api.Reply message = api().get("/api/notifications/messages/" + DELIVERED, issuer().token("demo-admin", "admin"));

        assertThat(message.status()).as(message.body()).isEqualTo(200);
        assertThat(message.json().get("status").asString()).isEqualTo("DELIVERED");
        assertThat(api().get("/api/notifications/messages/" + DELIVERED, issuer().token("demo-citizen", "citizen"))
                .status()).isEqualTo(404);
    }

    @Test
    void aTemplateGetsANewVersionBesideTheStoredOnes() {
        String admin = issuer().token("demo-admin", "admin");

        Api.Reply drafted = api().send("POST", "/api/notifications/templates/case-closed/versions", admin,
                "{\"text\":\"【同心县政务服务】您的办件（{caseRef}）已办结，感谢您的耐心。\"}",
                Map.of("Content-Type", "application/json"));

        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        int version = drafted.json().get("version").asInt();
        assertThat(version).isGreaterThan(1);
        Api.Reply approved = api().post("/api/notifications/templates/case-closed/versions/" + version + "/approval",
                admin, "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        JsonNode all = api().get("/api/notifications/templates", admin).json();
        assertThat(all.valueStream().filter(t -> t.get("code").asString().equals("case-closed"))
                .map(t -> t.get("version").asInt())).contains(1, version);
    }
}
