package cn.gov.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestPlatform;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** When the realm's keys cannot be fetched, a request with a token is told so: 503, not 500 and not 401. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityProviderDownIT {

    @DynamicPropertySource
    static void keysNowhere(DynamicPropertyRegistry registry) {
        TestPlatform.get().register(registry, "it");
        registry.add("platform.security.jwk-set-uri", () -> "http://127.0.0.1:1/realms/gov/protocol/openid-connect/certs");
    }

    @LocalServerPort
    int port;

    @Test
    void anUnreachableIdentityProviderIs503ProblemJson() {
        Api.Reply reply = new Api("http://127.0.0.1:" + port)
                .get("/api/notifications/inbox", TestPlatform.get().issuer().token("demo-citizen", "citizen"));

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("code").asString()).isEqualTo("IDENTITY_PROVIDER_UNAVAILABLE");
        assertThat(reply.header("Retry-After")).isEqualTo("5");
    }
}
