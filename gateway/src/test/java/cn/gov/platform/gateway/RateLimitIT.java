package cn.gov.platform.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestIssuer;
import cn.gov.platform.testkit.TestPlatform;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"platform.gateway.rate-limit.replenish-rate=1", "platform.gateway.rate-limit.burst-capacity=3",
                "platform.gateway.rate-limit.rules.registration.burst=2",
                "platform.gateway.rate-limit.rules.pdf.burst=1"})
class RateLimitIT {

    static final WireMockServer services = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        services.start();
        services.stubFor(get(urlPathEqualTo("/api/intake/catalogue/items")).willReturn(aResponse().withStatus(200)));
        services.stubFor(post(urlPathEqualTo("/api/identity/registrations")).willReturn(aResponse().withStatus(201)));
        services.stubFor(get(urlPathMatching("/api/certificates/.*")).willReturn(aResponse().withStatus(200)));
        TestPlatform.get().register(registry, "gateway");
        registry.add("INTAKE_URI", services::baseUrl);
        registry.add("IDENTITY_URI", services::baseUrl);
        registry.add("CERTIFICATES_URI", services::baseUrl);
    }

    @AfterAll
    static void stop() {
        services.stop();
    }

    @LocalServerPort
    int port;

    @Test
    void limitsEachUserSeparatelyAndAnswers429AsProblemJson() {
        Api api = new Api("http://127.0.0.1:" + port);
        TestIssuer issuer = TestPlatform.get().issuer();
        String alice = issuer.token("rate-alice", "citizen");
        String bob = issuer.token("rate-bob", "citizen");

        List<Integer> aliceStatuses = new ArrayList<>();
        Api.Reply refused = null;
        for (int i = 0; i < 6; i++) {
            Api.Reply reply = api.get("/api/intake/catalogue/items", alice);
            aliceStatuses.add(reply.status());
            if (reply.status() == 429) {
                refused = reply;
            }
        }

        assertThat(aliceStatuses).contains(200).contains(429);
        assertThat(refused).isNotNull();
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("code").asString()).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(api.get("/api/intake/catalogue/items", bob).status()).isEqualTo(200);
    }

    @Test
    void limitsAnonymousCallersByAddress() {
        Api api = new Api("http://127.0.0.1:" + port);
        long refused = java.util.stream.IntStream.range(0, 8)
                .map(i -> api.get("/api/intake/catalogue/items?anon=" + i, null).status())
                .filter(s -> s == 429)
                .count();
        assertThat(refused).isPositive();
    }

    @Test
    void limitsRegistrationsPerAddressByTheirOwnRuleAndSaysWhenToRetry() {
        Api api = new Api("http://127.0.0.1:" + port);
        services.resetRequests();

        Api.Reply first = api.post("/api/identity/registrations", null, "{}");
        Api.Reply second = api.post("/api/identity/registrations", null, "{}");
        Api.Reply third = api.post("/api/identity/registrations", null, "{}");

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(third.status()).isEqualTo(429);
        assertThat(third.isProblem()).isTrue();
        assertThat(third.json().get("code").asString()).isEqualTo("TOO_MANY_REQUESTS");
        // 30 an hour: the next token comes in two minutes.
        assertThat(Long.parseLong(third.header("Retry-After"))).isBetween(60L, 120L);
        assertThat(third.header("X-Content-Type-Options")).isEqualTo("nosniff");
        services.verify(2, postRequestedFor(urlPathEqualTo("/api/identity/registrations")));
    }

    @Test
    void limitsCertificatePdfsPerCaller() {
        Api api = new Api("http://127.0.0.1:" + port);
        TestIssuer issuer = TestPlatform.get().issuer();
        String carol = issuer.token("rate-carol", "citizen");
        String dave = issuer.token("rate-dave", "citizen");

        assertThat(api.get("/api/certificates/wallet/N-1/pdf", carol).status()).isEqualTo(200);
        assertThat(api.get("/api/certificates/wallet/N-2/pdf", carol).status()).isEqualTo(429);
        assertThat(api.get("/api/certificates/wallet/N-1/pdf", dave).status()).isEqualTo(200);
        assertThat(api.get("/api/certificates/wallet", carol).status()).isEqualTo(200);
    }
}
