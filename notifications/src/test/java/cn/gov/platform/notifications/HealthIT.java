package cn.gov.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.ServiceIT;
import org.junit.jupiter.api.Test;

class HealthIT extends ServiceIT {

    @Test
    void healthIsUpAndAnswersQuicklyIncludingTheStore() {
        long start = System.nanoTime();
        Api.Reply reply = api().get("/actuator/health", null);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asString()).isEqualTo("UP");
        assertThat(millis).isLessThan(2_000);
    }
}
