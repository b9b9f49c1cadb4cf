package cn.gov.platform.credit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.support.calendar.CalendarRefresher;
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
import org.springframework.test.context.TestPropertySource;

/**
 * Base of credit's integration tests: the whole service over HTTP, WireMock standing in for the
 * identity service and the realm's token endpoint, and for intake's calendar API (other services'
 * HTTP APIs). Intake serves the official 2026 from the start; tests that publish a year use a year
 * of their own, so no test assumes what another published. The calendar is reloaded only when a
 * publication is announced on Redis (no timed full reload during the tests).
 */
@TestPropertySource(properties = "platform.credit.intake.uri=${credit-it.intake-uri}")
public abstract class CreditIT extends ServiceIT {

    protected static final WireMockServer IDENTITY = start();
    protected static final IntakeStandIn INTAKE = IntakeStandIn.serving(ServedYear.OFFICIAL_2026);
    /** The demo seed's subjects (identity's demo data). */
    protected static final String DEMO_CREDIT_CODE = "91640324MA76TX0DXL";
    protected static final String DEMO_CITIZEN_ID = "640324198503120411";
    protected static final String MARKET = "county-market-regulation";

    @Autowired
    protected StringRedisTemplate redis;

    @Autowired
    private CircuitBreakerRegistry breakers;

    @Autowired
    private CalendarRefresher calendar;

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        // Before the first test too: the service reads intake's calendar with its token as it starts.
        stubTokenEndpoint(server);
        return server;
    }

    private static void stubTokenEndpoint(WireMockServer server) {
        server.stubFor(post(urlPathEqualTo("/realms/gov/protocol/openid-connect/token"))
                .willReturn(okJson("{\"access_token\":\"" + IntakeStandIn.SERVICE_TOKEN
                        + "\",\"expires_in\":300,\"token_type\":\"Bearer\"}")));
    }

    @DynamicPropertySource
    static void identityStandIn(DynamicPropertyRegistry registry) {
        registry.add("platform.credit.identity.uri", IDENTITY::baseUrl);
        registry.add("platform.credit.service-client.token-uri",
                () -> IDENTITY.baseUrl() + "/realms/gov/protocol/openid-connect/token");
        registry.add("platform.events.relay.interval", () -> "200ms");
        // An event whose hint another test class's context took is found by the sweep within seconds, not 30 s.
        registry.add("platform.events.relay.sweep-every", () -> "2s");
        registry.add("platform.events.consumer.block", () -> "200ms");
        // An entry left pending (a decision waiting for the calendar) comes back within a second.
        registry.add("platform.events.consumer.claim-idle", () -> "1s");
        registry.add("platform.events.consumer.claim-every", () -> "300ms");
        registry.add("credit-it.intake-uri", INTAKE::baseUrl);
        registry.add("platform.calendar.full-reload", () -> "1h");
    }

    @BeforeEach
    void identityKnowsNobodyByDefault() {
        IDENTITY.resetAll();
        stubTokenEndpoint(IDENTITY);
        IDENTITY.stubFor(get(urlPathEqualTo("/api/identity/internal/persons/unknown/credit-subject")).atPriority(10)
                .willReturn(aResponse().withStatus(404)));
        breakers.getAllCircuitBreakers().forEach(b -> b.reset());
        if (intakeUpAtStart()) {
            // A first read slower than the breaker's time limit (a loaded machine starting the service)
            // is retried within 2 s; a client would retry on the 503 just as well.
            eventually(() -> assertThat(calendar.loaded()).as("intake's calendar read").isTrue());
        }
    }

    /** Whether the service under test reaches its intake stand-in from the start; the intake-down test says no. */
    protected boolean intakeUpAtStart() {
        return true;
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

    /** Tells every credit instance that intake published a year, as intake does after storing one. */
    protected void announceCalendar() {
        CalendarRefresher.announce(redis);
    }

    /** A valid unified social credit code: {@code body} (17 characters) and its GB 32100 check character. */
    protected static String creditCode(String body) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(body.charAt(i)) * weights[i];
        }
        return body + alphabet.charAt((31 - sum % 31) % 31);
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
