package cn.gov.platform.identity.me;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.identity.IdentityServiceIT;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestIssuer;
import cn.gov.platform.testkit.TestPlatform;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MeApiIT extends IdentityServiceIT {

    Api api;
    TestIssuer issuer = TestPlatform.get().issuer();

    @BeforeEach
    void setUp() {
        api = api();
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
        assertThat(me.has("person")).isFalse();
        assertThat(me.get("mandates").get("given").size()).isZero();
    }

    @Test
    void aRegisteredPersonSeesTheirRecordMaskedWithEnterprisesMandatesAndPositions() {
        verifiedPerson("me-citizen");

        JsonNode me = api.get("/api/identity/me", issuer.token("me-citizen", "citizen")).json();

        assertThat(me.get("person").get("name").asString()).isEqualTo("测试人员");
        assertThat(me.get("person").get("phone").asString()).isEqualTo("139****5678");
        assertThat(me.get("person").get("idNumber").asString()).matches("640\\*{11}\\d{3}[0-9X]");
        assertThat(me.get("person").get("verification").get("status").asString()).isEqualTo("verified");
        assertThat(me.toString()).doesNotContain("13912345678");
        assertThat(me.get("enterprises").isArray()).isTrue();
        assertThat(me.get("positions").isArray()).isTrue();
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
