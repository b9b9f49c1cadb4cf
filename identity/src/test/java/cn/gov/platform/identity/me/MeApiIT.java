package cn.gov.platform.identity.me;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestIssuer;
import cn.gov.platform.testkit.TestPlatform;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeApiIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPlatform.get().register(registry, "identity");
    }

    @LocalServerPort
    int port;
    Api api;
    TestIssuer issuer = TestPlatform.get().issuer();

    @BeforeEach
    void setUp() {
        api = new Api("http://127.0.0.1:" + port);
    }

    @Test
    void aCitizenReadsTheirOwnProfileFromTheirToken() {
        Api.Reply reply = api.get("/api/identity/me", issuer.token("demo-citizen", "citizen"));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode me = reply.json();
        assertThat(me.get("username").asString()).isEqualTo("demo-citizen");
        assertThat(me.get("subject").asString()).isEqualTo(TestIssuer.subjectOf("demo-citizen"));
        assertThat(me.get("roles").toString()).isEqualTo("[\"citizen\"]");
        assertThat(me.has("staff")).isFalse();
    }

    @Test
    void staffSeeTheDivisionAndDepartmentTheyHoldAuthorityIn() {
        Api.Reply reply = api.get("/api/identity/me",
                issuer.staffToken("demo-township-clerk", "640324100000", "yuhai-town-service-center", "clerk"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("staff").get("division").asString()).isEqualTo("640324100000");
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemJson() {
        Api.Reply reply = api.get("/api/identity/me", null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("code").asString()).isEqualTo("UNAUTHENTICATED");
        assertThat(reply.json().get("message").get("zh").asString()).contains("登录");
        assertThat(reply.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = issuer.token(new TestIssuer.Claims("demo-citizen", List.of("citizen"), null, null,
                Duration.ofMinutes(-1), TestIssuer.AUDIENCE));

        assertThat(api.get("/api/identity/me", expired).status()).isEqualTo(401);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        String foreign = issuer.token(new TestIssuer.Claims("demo-citizen", List.of("citizen"), null, null,
                Duration.ofMinutes(5), "some-other-api"));

        assertThat(api.get("/api/identity/me", foreign).status()).isEqualTo(401);
    }

    @Test
    void aTamperedSignatureIsRefused() {
        String token = issuer.token("demo-citizen", "citizen");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        assertThat(api.get("/api/identity/me", tampered).status()).isEqualTo(401);
    }

    @Test
    void anUnknownPathIs404ProblemJsonNotAnErrorPage() {
        Api.Reply reply = api.get("/api/identity/no-such-thing", issuer.token("demo-citizen", "citizen"));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("type").asString()).isEqualTo("urn:gov-platform:problem:not-found");
    }

    @Test
    void theRequestIdFromTheGatewayIsEchoed() {
        Api.Reply reply = api.send("GET", "/api/identity/me", issuer.token("demo-citizen", "citizen"), null,
                java.util.Map.of("X-Request-Id", "req-12345678"));

        assertThat(reply.header("X-Request-Id")).isEqualTo("req-12345678");
    }

    @Test
    void theOpenApiDocumentIsPublic() {
        Api.Reply reply = api.get("/api/identity/v3/api-docs", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("paths").has("/api/identity/me")).isTrue();
    }

    @Test
    void healthProbesArePublic() {
        assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(api.get("/actuator/health/liveness", null).status()).isEqualTo(200);
    }
}
