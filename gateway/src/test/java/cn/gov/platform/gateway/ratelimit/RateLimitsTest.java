package cn.gov.platform.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.gateway.GatewayProperties;
import cn.gov.platform.gateway.GatewayProperties.Rule;
import cn.gov.platform.gateway.GatewayProperties.Rule.Per;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class RateLimitsTest {

    final AtomicLong clock = new AtomicLong(0);
    final RateLimits limits = new RateLimits(new TokenBuckets(clock::get, 1_000), new GatewayProperties.RateLimit(
            100, 100, Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofSeconds(5), 1_000, Map.of(
                    "registration", new Rule(List.of("/api/identity/registrations"), List.of("POST"), Per.ADDRESS,
                            2, Duration.ofHours(1), 0),
                    "pdf", new Rule(List.of("/api/certificates/**/pdf"), List.of("GET"), Per.CALLER,
                            1, Duration.ofMinutes(1), 0),
                    "follow-up", new Rule(List.of("/api/intake/follow-up/**"), List.of(), Per.ADDRESS,
                            1, Duration.ofMinutes(1), 0))));

    @Test
    void limitsRegistrationsPerAddressWhoeverSendsThem() {
        assertThat(limits.check(post("/api/identity/registrations", "10.0.0.1"), "identity", null).passes()).isTrue();
        assertThat(limits.check(post("/api/identity/registrations", "10.0.0.1"), "identity", "someone").passes()).isTrue();

        RateLimits.Verdict third = limits.check(post("/api/identity/registrations", "10.0.0.1"), "identity", null);

        assertThat(third.passes()).isFalse();
        assertThat(third.bucket()).isEqualTo("rule:registration");
        assertThat(third.retryAfterSeconds()).isEqualTo(1800);
        assertThat(limits.check(post("/api/identity/registrations", "10.0.0.2"), "identity", null).passes()).isTrue();
        assertThat(limits.check(get("/api/identity/registrations", "10.0.0.1"), "identity", null).passes()).isTrue();
    }

    @Test
    void limitsPdfsPerCallerWhereverTheyAreUnderTheCertificates() {
        assertThat(limits.check(get("/api/certificates/wallet/N-1/pdf", "10.0.0.1"), "certificates", "alice").passes())
                .isTrue();

        assertThat(limits.check(get("/api/certificates/wallet/N-2/pdf", "10.0.0.1"), "certificates", "alice").passes())
                .isFalse();
        assertThat(limits.check(get("/api/certificates/wallet/N-2/pdf", "10.0.0.1"), "certificates", "bob").passes())
                .isTrue();
        assertThat(limits.check(get("/api/certificates/wallet/N-2", "10.0.0.1"), "certificates", "alice").passes())
                .isTrue();
    }

    @Test
    void limitsTheWholeFollowUpPrefixForEveryMethod() {
        assertThat(limits.check(post("/api/intake/follow-up/lookups", "10.0.0.9"), "intake", null).passes()).isTrue();

        assertThat(limits.check(get("/api/intake/follow-up/cases/2026-1", "10.0.0.9"), "intake", null).passes()).isFalse();
        assertThat(limits.check(get("/api/intake/followers", "10.0.0.9"), "intake", null).passes()).isTrue();
    }

    @Test
    void aRefusedRuleCostsNoTokenOfTheRoute() {
        RateLimits tight = new RateLimits(new TokenBuckets(clock::get, 1_000), new GatewayProperties.RateLimit(
                1, 2, Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofSeconds(5), 1_000, Map.of(
                        "pdf", new Rule(List.of("/api/certificates/**/pdf"), List.of(), Per.CALLER, 1,
                                Duration.ofMinutes(1), 0))));
        tight.check(get("/api/certificates/wallet/N-1/pdf", "10.0.0.1"), "certificates", "alice");
        for (int i = 0; i < 5; i++) {
            assertThat(tight.check(get("/api/certificates/wallet/N-1/pdf", "10.0.0.1"), "certificates", "alice")
                    .bucket()).isEqualTo("rule:pdf");
        }

        RateLimits.Verdict route = tight.check(get("/api/certificates/wallet", "10.0.0.1"), "certificates", "alice");

        assertThat(route.passes()).isTrue();
        assertThat(route.remaining()).isZero();
    }

    @Test
    void limitsEachRouteSeparatelyPerCaller() {
        RateLimits tight = new RateLimits(new TokenBuckets(clock::get, 1_000), new GatewayProperties.RateLimit(
                1, 1, Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofSeconds(5), 1_000, Map.of()));
        assertThat(tight.check(get("/api/intake/cases", "10.0.0.1"), "intake", "alice").passes()).isTrue();

        assertThat(tight.check(get("/api/intake/cases", "10.0.0.1"), "intake", "alice").passes()).isFalse();
        assertThat(tight.check(get("/api/identity/me", "10.0.0.1"), "identity", "alice").passes()).isTrue();
        assertThat(tight.check(get("/api/intake/cases", "10.0.0.1"), "intake", null).passes()).isTrue();
    }

    private static ServerHttpRequest get(String path, String address) {
        return request(HttpMethod.GET, path, address);
    }

    private static ServerHttpRequest post(String path, String address) {
        return request(HttpMethod.POST, path, address);
    }

    private static ServerHttpRequest request(HttpMethod method, String path, String address) {
        return MockServerHttpRequest.method(method, path).remoteAddress(new InetSocketAddress(address, 40000)).build();
    }
}
