package cn.gov.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** "One login, run everywhere": one Keycloak token is valid in every service, through the gateway. */
class OneLoginIT {

    private final Api gateway = RunningPlatform.gateway();

    @Test
    void oneTokenFromKeycloakIsAcceptedByTwoDifferentServices() {
        String token = RunningPlatform.login("demo-citizen");

        Api.Reply me = gateway.get("/api/identity/me", token);
        Api.Reply cases = gateway.get("/api/intake/cases", token);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo("demo-citizen");
        assertThat(me.json().get("roles").toString()).contains("citizen");
        assertThat(cases.status()).isEqualTo(200);
        assertThat(cases.json().has("items")).isTrue();
    }

    @Test
    void staffTokensCarryTheirDivisionAndDepartment() {
        Api.Reply me = gateway.get("/api/identity/me", RunningPlatform.login("demo-township-clerk"));

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("staff").get("division").asString()).isEqualTo("640324100000");
        assertThat(me.json().get("staff").get("department").asString()).isEqualTo("yuhai-town-service-center");
    }

    @Test
    void withoutATokenTheGatewayAnswers401ProblemJson() {
        Api.Reply reply = gateway.get("/api/identity/me", null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("code").asString()).isEqualTo("UNAUTHENTICATED");
        assertThat(reply.json().get("message").get("zh").asString()).isNotBlank();
    }

    @Test
    void aTokenWithATamperedSignatureIsRefused() {
        String token = RunningPlatform.login("demo-citizen");
        String[] parts = token.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 0x01;
        String tampered = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);

        Api.Reply reply = gateway.get("/api/identity/me", tampered);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.isProblem()).isTrue();
    }

    @Test
    void anExpiredTokenIsRefused() throws InterruptedException {
        // The local realm's test client issues tokens that live 2 s; the platform tolerates 5 s of clock skew.
        String shortLived = RunningPlatform.login("gov-e2e-short-lived", "demo-citizen");
        assertThat(gateway.get("/api/identity/me", shortLived).status()).isEqualTo(200);

        Thread.sleep(8_500);

        Api.Reply reply = gateway.get("/api/identity/me", shortLived);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.isProblem()).isTrue();
    }

    @Test
    void publicPathsNeedNoLogin() {
        assertThat(gateway.get("/api/credit/public/publicity", null).status()).isEqualTo(200);
        assertThat(gateway.get("/api/identity/v3/api-docs", null).status()).isEqualTo(200);
        assertThat(gateway.get("/actuator/health", null).status()).isEqualTo(200);
    }
}
