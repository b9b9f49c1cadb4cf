package cn.gov.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The embedded store keeps its data on disk: what a person saved is still there after the store restarts. */
class DataSurvivesRestartIT {

    @Test
    void aSavedPreferenceSurvivesARestartOfTheStore() {
        Api gateway = RunningPlatform.gateway();
        String token = RunningPlatform.login("demo-citizen2");
        String language = System.nanoTime() % 2 == 0 ? "en" : "zh-CN";
        Api.Reply saved = gateway.send("PUT", "/api/identity/me/preferences", token,
                "{\"language\":\"" + language + "\",\"smsOptIn\":false}", Map.of("Content-Type", "application/json"));
        assertThat(saved.status()).isEqualTo(200);

        RunningPlatform.platform("stop", "mongo");
        RunningPlatform.platform("start", "mongo");

        Api.Reply read = readWithRetry(gateway, token);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("language").asString()).isEqualTo(language);
        assertThat(read.json().get("smsOptIn").asBoolean()).isFalse();
    }

    /** The driver reconnects on its own; the first call after the restart may still see the old connection fail. */
    private static Api.Reply readWithRetry(Api gateway, String token) {
        Api.Reply reply = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            reply = gateway.get("/api/identity/me/preferences", token);
            if (reply.status() == 200) {
                return reply;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return reply;
    }
}
