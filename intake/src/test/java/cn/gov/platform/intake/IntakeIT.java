package cn.gov.platform.intake;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of intake's integration tests: the whole service over HTTP, with WireMock standing in for
 * the identity service and the realm's token endpoint. Every test class shares one context.
 */
public abstract class IntakeIT extends ServiceIT {

    protected static final WireMockServer IDENTITY = start();
    protected static final String COUNTY = "640324000000";
    protected static final String YUHAI = "640324100000";
    protected static final String MARKET = "county-market-regulation";

    @Autowired
    protected MongoTemplate mongo;

    @Autowired
    private CircuitBreakerRegistry breakers;

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void identityStandIn(DynamicPropertyRegistry registry) {
        registry.add("platform.intake.identity.uri", IDENTITY::baseUrl);
        registry.add("platform.intake.service-client.token-uri",
                () -> IDENTITY.baseUrl() + "/realms/gov/protocol/openid-connect/token");
        registry.add("platform.events.relay.interval", () -> "200ms");
        // An event whose hint another test class's context took is found by the sweep within seconds, not 30 s.
        registry.add("platform.events.relay.sweep-every", () -> "2s");
        // The same stand-in answers as the credit service (issue 6); feedback is sent promptly.
        registry.add("platform.intake.credit.uri", IDENTITY::baseUrl);
        registry.add("platform.intake.credit.feedback-interval", () -> "200ms");
        // The deemed-consent scheduler stays out of the way; tests run the sweep when they mean to.
        registry.add("platform.intake.deemed-consent.initial-delay", () -> "1h");
        // The same stand-in answers for the certificate registry (unstubbed: 404, i.e. nothing known).
        registry.add("platform.intake.certificates.uri", IDENTITY::baseUrl);
        registry.add("platform.intake.certificates.interval", () -> "200ms");
        // The same stand-in answers as the data-sharing exchange (CAT-3); by default it holds no record.
        registry.add("platform.intake.data-sharing.uri", IDENTITY::baseUrl);
        // A publication's recomputation is picked up promptly (production: every 3 s).
        registry.add("platform.intake.calendar.recompute.interval", () -> "300ms");
    }

    @BeforeEach
    void identityAllowsStaffOfTheirOwnDepartment() {
        IDENTITY.resetAll();
        IDENTITY.stubFor(post(urlPathEqualTo("/realms/gov/protocol/openid-connect/token"))
                .willReturn(okJson("{\"access_token\":\"svc-intake-token\",\"expires_in\":300,\"token_type\":\"Bearer\"}")));
        IDENTITY.stubFor(get(urlPathEqualTo("/api/identity/internal/staff/check"))
                .willReturn(okJson("{\"allowed\":true,\"reason\":\"HOLDS_ROLE\"}")));
        IDENTITY.stubFor(get(urlPathEqualTo("/api/identity/internal/mandates/check"))
                .willReturn(okJson("{\"allowed\":false,\"reason\":\"NO_MANDATE\"}")));
        // Nobody holds a position to warn (issue 17) unless a test says so.
        IDENTITY.stubFor(get(urlPathEqualTo("/api/identity/internal/staff/holders"))
                .willReturn(okJson("{\"staff\":[]}")));
        // No account holds a person record (issue 17) unless a test says so.
        IDENTITY.stubFor(get(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching(
                "/api/identity/internal/persons/[^/]+/person-records")).willReturn(okJson("{\"subjects\":[]}")));
        creditAnswers(CREDIT_CLEAR);
        IDENTITY.stubFor(post(urlPathEqualTo(DATA_SHARING_QUERIES)).atPriority(10)
                .willReturn(okJson("{\"status\":\"NOT_HELD\"}")));
        // The registry issued the business licences the tests name (BL-…); any other number it does not know.
        IDENTITY.stubFor(get(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching(
                "/api/certificates/internal/certificates/BL-[^/]+/holding")).atPriority(10)
                .willReturn(okJson("{\"status\":\"valid\",\"typeCode\":\"business-licence\",\"held\":true}")));
        IDENTITY.stubFor(post(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching(
                "/api/credit/internal/checks/[^/]+/feedback")).willReturn(aResponse().withStatus(201)));
        breakers.getAllCircuitBreakers().forEach(b -> b.reset());
    }

    @AfterEach
    void closeBreakers() {
        breakers.getAllCircuitBreakers().forEach(b -> b.reset());
    }

    /**
     * The circuit breakers as they are once their wait is over: closed, counting afresh. A test that brings a
     * service back calls it, so that how many calls failed before (a background re-check under load adds some)
     * does not decide whether the next call is made at all.
     */
    protected void breakersClosedAgain() {
        breakers.getAllCircuitBreakers().forEach(b -> b.reset());
    }

    /** The identity service records that {@code agent} may act for {@code principal} on {@code item}. */
    protected static void mandate(String agent, String principal, String item) {
        IDENTITY.stubFor(get(urlPathEqualTo("/api/identity/internal/mandates/check")).atPriority(1)
                .withQueryParam("actor", equalTo(TestIssuer.subjectOf(agent)))
                .withQueryParam("principal", equalTo(TestIssuer.subjectOf(principal)))
                .withQueryParam("item", equalTo(item))
                .willReturn(okJson("{\"allowed\":true,\"reason\":\"VALID_MANDATE\",\"mandateId\":\"m-" + agent + "\"}")));
    }

    /** The data-sharing exchange's record query (CAT-3). */
    protected static final String DATA_SHARING_QUERIES = "/api/data-sharing/v1/records/queries";

    /** A credit answer with no measures: what an applicant on no list gets. */
    protected static final String CREDIT_CLEAR = """
            {"checkId":"chk-clear","standing":"NO_MEASURES","incentives":[],"restrictions":[],"entries":[]}""";

    /** The credit service answers every check with {@code json} (issue 6's contract). */
    protected static void creditAnswers(String json) {
        IDENTITY.stubFor(post(urlPathEqualTo("/api/credit/internal/checks")).atPriority(5).willReturn(okJson(json)));
    }

    /** The credit service fails every check with a 503 (down, or its breaker would open). */
    protected static com.github.tomakehurst.wiremock.stubbing.StubMapping creditDown() {
        return IDENTITY.stubFor(post(urlPathEqualTo("/api/credit/internal/checks")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
    }

    protected static void identityDown() {
        IDENTITY.stubFor(get(urlPathEqualTo("/api/identity/internal/staff/check")).atPriority(1)
                .willReturn(aResponse().withStatus(500)));
        IDENTITY.stubFor(get(urlPathEqualTo("/api/identity/internal/mandates/check")).atPriority(1)
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
    }

    protected String citizen() {
        return issuer().token("demo-citizen", "citizen");
    }

    protected String clerk() {
        return issuer().staffToken("demo-clerk", COUNTY, MARKET, "clerk");
    }

    protected String reviewer() {
        return issuer().staffToken("demo-reviewer", COUNTY, MARKET, "reviewer");
    }

    protected String admin() {
        return issuer().token("demo-admin", "admin");
    }

    protected String approver() {
        return issuer().staffToken("demo-approver", COUNTY, MARKET, "approver");
    }

    protected Api.Reply file(String token, String body) {
        return api().send("POST", "/api/intake/cases", token, body, Map.of("Content-Type", "application/json",
                "Idempotency-Key", "it-" + UUID.randomUUID()));
    }

    protected Api.Reply act(String token, String id, String action, String body) {
        return api().post("/api/intake/cases/" + id + "/" + action, token, body);
    }

    protected long cases() {
        return mongo.getCollection("cases").countDocuments();
    }

    /** Uploads one file as multipart/form-data, as a browser would. */
    protected Api.Reply upload(String token, String id, String material, String fileName, String contentType,
            byte[] content) {
        return api().uploadFile("PUT", "/api/intake/cases/" + id + "/materials/" + material, token, fileName,
                contentType, content);
    }

    protected static byte[] pdf(int size) {
        byte[] content = new byte[size];
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
    }
}
