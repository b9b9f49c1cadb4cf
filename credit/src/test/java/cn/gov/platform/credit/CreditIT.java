package cn.gov.platform.credit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.ServiceIT;
import cn.gov.platform.testkit.TestIssuer;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of credit's integration tests: the whole service over HTTP, WireMock standing in for the
 * identity service and the realm's token endpoint (another service's HTTP API).
 */
public abstract class CreditIT extends ServiceIT {

    protected static final WireMockServer IDENTITY = start();
    /** The demo seed's subjects (identity's demo data). */
    protected static final String DEMO_CREDIT_CODE = "91640324MA76TX0DXL";
    protected static final String DEMO_CITIZEN_ID = "640324198503120411";
    protected static final String MARKET = "county-market-regulation";

    @Autowired
    protected StringRedisTemplate redis;

    @Autowired
    private CircuitBreakerRegistry breakers;

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void identityStandIn(DynamicPropertyRegistry registry) {
        registry.add("platform.credit.identity.uri", IDENTITY::baseUrl);
        registry.add("platform.credit.service-client.token-uri",
                () -> IDENTITY.baseUrl() + "/realms/gov/protocol/openid-connect/token");
        registry.add("platform.credit.outbox.interval", () -> "200ms");
        registry.add("platform.credit.case-events.consume-every", () -> "200ms");
    }

    @BeforeEach
    void identityKnowsNobodyByDefault() {
        IDENTITY.resetAll();
        IDENTITY.stubFor(post(urlPathEqualTo("/realms/gov/protocol/openid-connect/token"))
                .willReturn(okJson("{\"access_token\":\"svc-credit-token\",\"expires_in\":300,\"token_type\":\"Bearer\"}")));
        IDENTITY.stubFor(get(urlPathEqualTo("/api/identity/internal/persons/unknown/credit-subject")).atPriority(10)
                .willReturn(aResponse().withStatus(404)));
        breakers.getAllCircuitBreakers().forEach(b -> b.reset());
    }

    /** Identity says {@code username}'s account is the demo enterprise. */
    protected static void isEnterprise(String username, String creditCode, String name) {
        IDENTITY.stubFor(get(urlPathEqualTo("/api/identity/internal/persons/" + TestIssuer.subjectOf(username)
                + "/credit-subject")).willReturn(okJson("{\"kind\":\"LEGAL_PERSON\",\"name\":\"" + name
                + "\",\"creditCode\":\"" + creditCode + "\"}")));
    }

    /** Identity says {@code username}'s account is a natural person with that number. */
    protected static void isPerson(String username, String idNumber, String name) {
        IDENTITY.stubFor(get(urlPathEqualTo("/api/identity/internal/persons/" + TestIssuer.subjectOf(username)
                + "/credit-subject")).willReturn(okJson("{\"kind\":\"NATURAL_PERSON\",\"name\":\"" + name
                + "\",\"idNumber\":\"" + idNumber + "\"}")));
    }

    /** Retries an assertion for up to ten seconds (relays and consumers run on their own schedule). */
    protected static void eventually(Runnable assertion) {
        long until = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > until) {
                    throw e;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    protected String serviceToken() {
        return issuer().token("service-account-svc-intake", "service");
    }

    protected Api.Reply postJson(String path, String token, String body) {
        return api().send("POST", path, token, body, Map.of("Content-Type", "application/json"));
    }

    protected Api.Reply postJson(String path, String token, String body, String idempotencyKey) {
        return api().send("POST", path, token, body, Map.of("Content-Type", "application/json",
                "Idempotency-Key", idempotencyKey));
    }

    protected Api.Reply check(String username, String item) {
        return postJson("/api/credit/internal/checks", serviceToken(), """
                {"subject":"%s","itemCode":"%s","caseId":"case-%s","stage":"ACCEPTANCE"}"""
                .formatted(TestIssuer.subjectOf(username), item, java.util.UUID.randomUUID()));
    }
}
