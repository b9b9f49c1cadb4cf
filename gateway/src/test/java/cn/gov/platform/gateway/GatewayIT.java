package cn.gov.platform.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestIssuer;
import cn.gov.platform.testkit.TestPlatform;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway in front of stand-in services (WireMock): what a client sees for good and bad
 * requests, and what a service sees of the client's request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayIT {

    static final WireMockServer services = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    static final int closedPort = closedPort();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        services.start();
        TestPlatform.get().register(registry, "gateway");
        registry.add("IDENTITY_URI", services::baseUrl);
        registry.add("INTAKE_URI", services::baseUrl);
        registry.add("CERTIFICATES_URI", services::baseUrl);
        registry.add("CREDIT_URI", () -> "http://127.0.0.1:" + closedPort);
        registry.add("NOTIFICATIONS_URI", services::baseUrl);
    }

    @AfterAll
    static void stopServices() {
        services.stop();
    }

    @LocalServerPort
    int port;
    Api api;
    final TestIssuer issuer = TestPlatform.get().issuer();

    @BeforeEach
    void setUp() {
        api = new Api("http://127.0.0.1:" + port);
        services.resetAll();
    }

    @Test
    void routesAnAuthenticatedRequestRelayingTheTokenAndARequestId() {
        services.stubFor(get(urlEqualTo("/api/identity/me")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"username\":\"demo-citizen\"}")));
        String token = issuer.token("demo-citizen", "citizen");

        Api.Reply reply = api.get("/api/identity/me", token);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("username").asString()).isEqualTo("demo-citizen");
        assertThat(reply.header("X-Request-Id")).isNotBlank();
        services.verify(getRequestedFor(urlEqualTo("/api/identity/me"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withHeader("X-Request-Id", equalTo(reply.header("X-Request-Id"))));
    }

    @Test
    void keepsAPlainRequestIdFromTheClientButReplacesAnUnsafeOne() {
        services.stubFor(get(urlEqualTo("/api/identity/me")).willReturn(aResponse().withStatus(200)));
        String token = issuer.token("demo-citizen", "citizen");

        Api.Reply kept = api.send("GET", "/api/identity/me", token, null, Map.of("X-Request-Id", "portal-abc12345"));
        Api.Reply replaced = api.send("GET", "/api/identity/me", token, null,
                Map.of("X-Request-Id", "bad id\twith spaces"));

        assertThat(kept.header("X-Request-Id")).isEqualTo("portal-abc12345");
        assertThat(replaced.header("X-Request-Id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void refusesARequestWithoutATokenAsProblemJson() {
        Api.Reply reply = api.get("/api/identity/me", null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("code").asString()).isEqualTo("UNAUTHENTICATED");
        assertThat(reply.json().get("message").get("en").asString()).contains("Log in");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        services.verify(0, getRequestedFor(urlEqualTo("/api/identity/me")));
    }

    @Test
    void refusesATamperedToken() {
        String token = issuer.token("demo-citizen", "citizen");
        String[] parts = token.split("\\.");
        String forgedClaims = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"sub\":\"someone-else\",\"iss\":\"" + issuer.issuer() + "\",\"aud\":\"gov-platform\","
                        + "\"exp\":9999999999,\"realm_access\":{\"roles\":[\"admin\"]}}").getBytes());

        Api.Reply reply = api.get("/api/identity/me", parts[0] + "." + forgedClaims + "." + parts[2]);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.isProblem()).isTrue();
    }

    @Test
    void letsAnonymousCallersReadPublicPathsOnly() {
        services.stubFor(get(urlPathEqualTo("/api/intake/catalogue/items")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[]")));

        assertThat(api.get("/api/intake/catalogue/items", null).status()).isEqualTo(200);
        assertThat(api.get("/api/intake/cases", null).status()).isEqualTo(401);
        assertThat(api.post("/api/intake/catalogue/items", null, "{}").status()).isEqualTo(401);
        services.stubFor(post(urlEqualTo("/api/identity/registrations")).willReturn(aResponse().withStatus(201)));
        assertThat(api.post("/api/identity/registrations", null, "{}").status()).isEqualTo(201);
        // SMS delivery receipts come from providers without a token; the service checks their signature.
        services.stubFor(post(urlEqualTo("/api/notifications/receipts/a")).willReturn(aResponse().withStatus(202)));
        assertThat(api.post("/api/notifications/receipts/a", null, "{}").status()).isEqualTo(202);
        assertThat(api.post("/api/notifications/receipts/a/x", null, "{}").status()).isEqualTo(401);
    }

    @Test
    void neverLetsAnyoneReachAServicesInternalApi() {
        String serviceToken = issuer.token("service-account-svc-intake", "service");

        Api.Reply reply = api.get("/api/identity/internal/mandates/check?actor=a&principal=b&item=c", serviceToken);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.isProblem()).isTrue();
        services.verify(0, getRequestedFor(urlPathEqualTo("/api/identity/internal/mandates/check")));
    }

    @Test
    void answersAnUnknownRouteWith404ProblemJson() {
        Api.Reply reply = api.get("/api/nowhere/at-all", issuer.token("demo-citizen", "citizen"));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("type").asString()).isEqualTo("urn:gov-platform:problem:not-found");
        assertThat(reply.json().get("requestId").asString()).isEqualTo(reply.header("X-Request-Id"));
    }

    @Test
    void refusesABodyOverOneMebibyteWith413BeforeItReachesTheService() {
        String big = "{\"data\":\"" + "x".repeat(1024 * 1024) + "\"}";

        Api.Reply reply = api.post("/api/intake/cases", issuer.token("demo-citizen", "citizen"), big);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
        services.verify(0, com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo("/api/intake/cases")));
    }

    @Test
    void letsAFileUploadOfSeveralMebibytesThroughToTheMaterialsPathOnly() {
        services.stubFor(com.github.tomakehurst.wiremock.client.WireMock.put(
                urlEqualTo("/api/intake/cases/c-1/materials/id-card")).willReturn(aResponse().withStatus(200)));
        String token = issuer.token("demo-citizen", "citizen");
        String fiveMebibytes = "x".repeat(5 * 1024 * 1024);

        Api.Reply upload = api.send("PUT", "/api/intake/cases/c-1/materials/id-card", token, fiveMebibytes,
                Map.of("Content-Type", "application/octet-stream"));
        Api.Reply elsewhere = api.send("PUT", "/api/intake/cases/c-1", token, fiveMebibytes,
                Map.of("Content-Type", "application/octet-stream"));
        Api.Reply tooBig = api.send("PUT", "/api/intake/cases/c-1/materials/id-card", token,
                "x".repeat(14 * 1024 * 1024), Map.of("Content-Type", "application/octet-stream"));

        assertThat(upload.status()).isEqualTo(200);
        assertThat(elsewhere.status()).isEqualTo(413);
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.isProblem()).isTrue();
    }

    @Test
    void passesTheServicesOwnProblemForMalformedJsonThrough() {
        services.stubFor(post(urlEqualTo("/api/intake/cases")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:gov-platform:problem:malformed-body\",\"status\":400,\"code\":\"MALFORMED_BODY\"}")));

        Api.Reply reply = api.post("/api/intake/cases", issuer.token("demo-citizen", "citizen"), "{not json");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("code").asString()).isEqualTo("MALFORMED_BODY");
    }

    @Test
    void answersAStoppedServiceWith503NamingItWithinASecond() {
        long start = System.nanoTime();

        Api.Reply reply = api.get("/api/credit/entries", issuer.token("demo-citizen", "citizen"));

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(reply.json().get("service").asString()).isEqualTo("credit");
        assertThat(reply.json().get("message").get("zh").asString()).contains("信用服务");
        assertThat(millis).isLessThan(1000);
    }

    @Test
    void answersAServiceThatDropsTheConnectionWith503() {
        services.stubFor(get(urlEqualTo("/api/certificates/wallet"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Api.Reply reply = api.get("/api/certificates/wallet", issuer.token("demo-citizen", "citizen"));

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.json().get("service").asString()).isEqualTo("certificates");
    }

    @Test
    void waitsForABusyServiceInsteadOfCuttingItOffAfterOneSecond() {
        services.stubFor(get(urlEqualTo("/api/intake/cases")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(1_500).withHeader("Content-Type", "application/json").withBody("{\"items\":[]}")));

        Api.Reply reply = api.get("/api/intake/cases", issuer.token("demo-citizen", "citizen"));

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void servesFiftyConcurrentCallersToOneServiceWithoutRefusingAny() throws Exception {
        services.stubFor(get(urlPathEqualTo("/api/intake/cases")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(300).withHeader("Content-Type", "application/json").withBody("{\"items\":[]}")));
        var tokens = java.util.stream.IntStream.range(0, 50).mapToObj(i -> issuer.token("citizen-" + i, "citizen")).toList();

        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var replies = java.util.stream.IntStream.range(0, 50)
                    .mapToObj(i -> pool.submit(() -> api.get("/api/intake/cases", tokens.get(i)).status()))
                    .toList();
            for (var reply : replies) {
                assertThat(reply.get()).isEqualTo(200);
            }
        }
    }

    @Test
    void allowsThePortalOriginThroughCorsAndSendsSecurityHeaders() {
        Api.Reply preflight = api.send("OPTIONS", "/api/identity/me", null, null, Map.of(
                "Origin", "http://localhost:8080",
                "Access-Control-Request-Method", "GET",
                "Access-Control-Request-Headers", "authorization"));
        Api.Reply acting = api.send("OPTIONS", "/api/intake/cases", null, null, Map.of(
                "Origin", "http://localhost:8080",
                "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "authorization,content-type,idempotency-key,x-acting-for"));
        Api.Reply foreign = api.send("OPTIONS", "/api/identity/me", null, null, Map.of(
                "Origin", "https://evil.example",
                "Access-Control-Request-Method", "GET"));
        Api.Reply any = api.get("/api/identity/me", null);

        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:8080");
        assertThat(acting.status()).as("an enterprise member's request from the portal").isEqualTo(200);
        assertThat(acting.header("Access-Control-Allow-Headers")).containsIgnoringCase("x-acting-for");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(any.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(any.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(any.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(any.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(any.header("Permissions-Policy")).contains("camera=(self)").contains("geolocation=()");
        assertThat(any.header("Strict-Transport-Security")).as("only over HTTPS").isNull();
    }

    @Test
    void keepsOneCopyOfEachSecurityHeaderAndOfTheRequestIdWhenTheServiceSendsItsOwn() {
        services.stubFor(get(urlEqualTo("/api/identity/me")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}")
                .withHeader("X-Frame-Options", "DENY").withHeader("X-Content-Type-Options", "nosniff")
                .withHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate")
                .withHeader("X-Request-Id", "from-the-service")));

        Api.Reply reply = api.get("/api/identity/me", issuer.token("demo-citizen", "citizen"));

        assertThat(reply.headers().entrySet()).filteredOn(e -> List.of("x-frame-options", "x-content-type-options",
                "cache-control", "x-request-id", "content-security-policy").contains(e.getKey().toLowerCase()))
                .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).hasSize(1));
        assertThat(reply.header("Cache-Control")).isEqualTo("no-cache, no-store, max-age=0, must-revalidate");
        assertThat(reply.header("X-Request-Id")).isNotEqualTo("from-the-service");
        assertThat(reply.header("Permissions-Policy")).isNotBlank();
    }

    @Test
    void remembersAValidTokenButStillRefusesItOnceTampered() {
        services.stubFor(get(urlEqualTo("/api/identity/me")).willReturn(aResponse().withStatus(200)));
        String token = issuer.token("demo-citizen", "citizen");
        assertThat(api.get("/api/identity/me", token).status()).isEqualTo(200);
        assertThat(api.get("/api/identity/me", token).status()).isEqualTo(200);

        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        assertThat(api.get("/api/identity/me", tampered).status()).isEqualTo(401);
    }

    @Test
    void metricsAndRouteDetailsNeedAServiceOrAdminToken() {
        assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(api.get("/actuator/gateway/routes", issuer.token("demo-citizen", "citizen")).status()).isEqualTo(403);
        Api.Reply scraped = api.get("/actuator/prometheus", issuer.token("service-account-svc-monitoring", "service"));
        assertThat(scraped.status()).isEqualTo(200);
        assertThat(scraped.body()).contains("http_server_requests");
    }

    @Test
    void healthIsPublic() {
        Api.Reply reply = api.get("/actuator/health", null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("UP");
    }

    @Test
    void reportsRemainingRateLimitTokens() {
        services.stubFor(get(urlEqualTo("/api/notifications/inbox")).willReturn(aResponse().withStatus(200)));
        Api.Reply reply = api.get("/api/notifications/inbox", issuer.token("demo-citizen", "citizen"));
        assertThat(reply.header("X-RateLimit-Remaining")).matches("\\d+");
        services.verify(getRequestedFor(urlEqualTo("/api/notifications/inbox"))
                .withHeader("X-Request-Id", matching(".+")));
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
