package cn.gov.platform.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import cn.gov.platform.identity.person.domain.MobileNumber;
import cn.gov.platform.identity.person.domain.Person;
import cn.gov.platform.identity.person.domain.Persons;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.identity.person.domain.Verification;
import cn.gov.platform.identity.person.domain.VerificationStatus;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.ServiceIT;
import cn.gov.platform.testkit.TestIssuer;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The identity service against the shared test platform, with Keycloak's admin API and the
 * real-name provider stood in by one WireMock server. Fixtures for the identity tests live here.
 */
public abstract class IdentityServiceIT extends ServiceIT {

    protected static final WireMockServer OUTSIDE = start();
    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    @Autowired
    protected Persons persons;

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(post(urlEqualTo("/realms/gov/protocol/openid-connect/token"))
                .willReturn(okJson("{\"access_token\":\"admin-token\",\"expires_in\":300,\"token_type\":\"Bearer\"}")));
        server.stubFor(get(urlMatching("/admin/realms/gov/users/[^/]+/role-mappings/realm/available"))
                .willReturn(okJson("[{\"id\":\"role-citizen\",\"name\":\"citizen\"},{\"id\":\"role-x\",\"name\":\"other\"}]")));
        server.stubFor(post(urlMatching("/admin/realms/gov/users/[^/]+/role-mappings/realm"))
                .willReturn(aResponse().withStatus(204)));
        server.stubFor(delete(urlMatching("/admin/realms/gov/users/[^/]+")).willReturn(aResponse().withStatus(204)));
        server.stubFor(post(urlEqualTo("/v1/verifications"))
                .willReturn(okJson("{\"result\":\"MATCH\",\"method\":\"ID_CARD_DATABASE\"}")));
        server.stubFor(post(urlEqualTo("/v1/verifications")).withRequestBody(containing("不符"))
                .willReturn(okJson("{\"result\":\"NO_MATCH\",\"method\":\"ID_CARD_DATABASE\"}")));
        server.stubFor(post(urlEqualTo("/v1/verifications")).withRequestBody(containing("宕机"))
                .willReturn(aResponse().withStatus(500)));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    @DynamicPropertySource
    static void outside(DynamicPropertyRegistry registry) {
        registry.add("identity.keycloak.url", OUTSIDE::baseUrl);
        registry.add("identity.real-name.url", OUTSIDE::baseUrl);
        // The tests sweep registration intents themselves, when they have set one up.
        registry.add("identity.registrations.sweep-first", () -> "1h");
        // A Keycloak that hangs is given up on sooner than in production (15 s).
        registry.add("identity.keycloak.timeout", () -> "3s");
    }

    /** Keycloak creates {@code username}'s account with the id the test issuer will put in their tokens. */
    protected static void keycloakCreates(String username) {
        OUTSIDE.stubFor(post(urlPathEqualTo("/admin/realms/gov/users"))
                .withRequestBody(matchingJsonPath("$.username", com.github.tomakehurst.wiremock.client.WireMock.equalTo(username)))
                .willReturn(aResponse().withStatus(201).withHeader("Location",
                        OUTSIDE.baseUrl() + "/admin/realms/gov/users/" + TestIssuer.subjectOf(username))));
    }

    /** A verified person stored directly, with a fresh valid identity number; returns their subject. */
    protected String verifiedPerson(String username) {
        String subject = TestIssuer.subjectOf(username);
        if (persons.bySubject(subject).isEmpty()) {
            persons.add(new Person(subject, username, "测试人员", freshIdNumber(), new MobileNumber("13912345678"),
                    new Verification(VerificationStatus.VERIFIED, Instant.now(), "TEST"), Instant.now()));
        }
        return subject;
    }

    /** A valid identity number never used before in this test JVM. */
    protected static ResidentIdNumber freshIdNumber() {
        String body = "640324" + "1990" + "0101" + String.format("%03d", SEQUENCE.incrementAndGet() % 1000);
        body = body.substring(0, 14) + String.format("%03d", SEQUENCE.get() % 1000);
        String seventeen = body.substring(0, 17);
        return new ResidentIdNumber(seventeen + ResidentIdNumber.checkCharacter(seventeen));
    }

    protected Api.Reply postJson(String path, String token, String body) {
        return api().send("POST", path, token, body, Map.of("Content-Type", "application/json"));
    }

    /** An agent records a mandate (INT-10), with a fresh Idempotency-Key as the portal sends one per form. */
    protected Api.Reply fileMandate(String agentToken, String body) {
        return fileMandate(agentToken, body, java.util.UUID.randomUUID().toString());
    }

    protected Api.Reply fileMandate(String agentToken, String body, String idempotencyKey) {
        return api().send("POST", "/api/identity/agent/mandates", agentToken, body,
                Map.of("Content-Type", "application/json", "Idempotency-Key", idempotencyKey));
    }

    protected String serviceToken() {
        return issuer().token("service-account-svc-intake", "service");
    }
}
