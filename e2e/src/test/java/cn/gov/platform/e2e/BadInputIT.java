package cn.gov.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a client sees through the gateway when it sends something wrong: a clear 4xx problem, never a 5xx. */
class BadInputIT {

    private final Api gateway = RunningPlatform.gateway();
    private final String token = RunningPlatform.login("demo-citizen2");

    @Test
    void malformedJsonIs400ProblemJsonWithTheFieldAtFault() {
        Api.Reply reply = gateway.send("PUT", "/api/identity/me/preferences", token, "{\"language\": \"en\",",
                Map.of("Content-Type", "application/json"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("code").asString()).isEqualTo("MALFORMED_BODY");
        assertThat(reply.json().get("field").asString()).isEqualTo("body");
        assertThat(reply.json().get("message").get("en").asString()).contains("JSON");
        assertThat(reply.json().get("requestId").asString()).isEqualTo(reply.header("X-Request-Id"));
    }

    @Test
    void anInvalidValueIs400NamingTheField() {
        Api.Reply reply = gateway.send("PUT", "/api/identity/me/preferences", token,
                "{\"language\":\"xx\",\"smsOptIn\":true}", Map.of("Content-Type", "application/json"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("field").asString()).isEqualTo("language");
    }

    @Test
    void aBodyOverOneMebibyteIs413() {
        String big = "{\"language\":\"" + "x".repeat(1_100_000) + "\",\"smsOptIn\":true}";

        Api.Reply reply = gateway.send("PUT", "/api/identity/me/preferences", token, big,
                Map.of("Content-Type", "application/json"));

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void anUnknownRouteIs404ProblemJson() {
        Api.Reply reply = gateway.get("/api/no-such-service/anything", token);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("code").asString()).isEqualTo("NOT_FOUND");
    }

    @Test
    void anUnknownPathInAKnownServiceIs404ProblemJson() {
        Api.Reply reply = gateway.get("/api/intake/no-such-resource", token);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.isProblem()).isTrue();
    }
}
