package cn.gov.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A service that is down gets a quick, clear answer from the gateway, not a hang. */
class StoppedServiceIT {

    @AfterAll
    static void restart() {
        RunningPlatform.platform("start", "notifications");
    }

    @Test
    void aStoppedServiceIsAnswered503ProblemJsonWithinASecond() {
        Api gateway = RunningPlatform.gateway();
        String token = RunningPlatform.login("demo-citizen");
        assertThat(gateway.get("/api/notifications/inbox", token).status()).isEqualTo(200);

        RunningPlatform.platform("stop", "notifications");
        long start = System.nanoTime();
        Api.Reply reply = gateway.get("/api/notifications/inbox", token);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(reply.json().get("service").asString()).isEqualTo("notifications");
        assertThat(millis).isLessThan(1000);
        // The rest of the platform is unaffected.
        assertThat(gateway.get("/api/identity/me", token).status()).isEqualTo(200);
    }
}
