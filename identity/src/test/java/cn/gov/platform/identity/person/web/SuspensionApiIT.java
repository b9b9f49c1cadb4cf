package cn.gov.platform.identity.person.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.identity.IdentityServiceIT;
import cn.gov.platform.support.security.SuspendedAccounts;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestIssuer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Administrators suspend and reinstate accounts: Keycloak (its admin API stood in by WireMock)
 * disables the account and ends its sessions, and the account's tokens are refused at once by
 * this service as by every other.
 */
class SuspensionApiIT extends IdentityServiceIT {

    @Autowired
    StringRedisTemplate redis;

    private final String admin = issuer().token("susp-admin", "admin");

    /** Keycloak knows {@code username}'s account, enabled, and accepts its update and logout. */
    private static String keycloakKnows(String username) {
        String subject = TestIssuer.subjectOf(username);
        OUTSIDE.stubFor(get(urlPathEqualTo("/admin/realms/gov/users")).withQueryParam("username", equalTo(username))
                .willReturn(okJson("[{\"id\":\"" + subject + "\",\"username\":\"" + username + "\",\"enabled\":true}]")));
        OUTSIDE.stubFor(get(urlPathEqualTo("/admin/realms/gov/users/" + subject))
                .willReturn(okJson("{\"id\":\"" + subject + "\",\"username\":\"" + username + "\",\"enabled\":true}")));
        OUTSIDE.stubFor(put(urlPathEqualTo("/admin/realms/gov/users/" + subject)).willReturn(aResponse().withStatus(204)));
        OUTSIDE.stubFor(post(urlPathEqualTo("/admin/realms/gov/users/" + subject + "/logout"))
                .willReturn(aResponse().withStatus(204)));
        return subject;
    }

    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Api.Reply suspend(String username, String token, String body) {
        return api().send("PUT", "/api/identity/admin/accounts/" + username + "/suspension", token, body,
                Map.of("Content-Type", "application/json"));
    }

    private static void eventually(Runnable assertion) {
        long until = System.nanoTime() + 5_000_000_000L;
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

    @Test
    void aSuspendedAccountIsDisabledItsSessionsEndedAndItsTokenRefusedWithinSeconds() {
        String username = fresh("susp-citizen");
        String subject = keycloakKnows(username);
        String token = issuer().token(username, "citizen");
        assertThat(api().get("/api/identity/me", token).status()).isEqualTo(200);

        Api.Reply suspended = suspend(username, admin, "{\"reason\":\"冒用他人身份办理业务\"}");

        assertThat(suspended.status()).isEqualTo(200);
        assertThat(suspended.json().get("active").asBoolean()).isTrue();
        assertThat(suspended.json().get("reason").asString()).isEqualTo("冒用他人身份办理业务");
        OUTSIDE.verify(putRequestedFor(urlPathEqualTo("/admin/realms/gov/users/" + subject))
                .withRequestBody(matchingJsonPath("$.enabled", equalTo("false"))));
        OUTSIDE.verify(postRequestedFor(urlPathEqualTo("/admin/realms/gov/users/" + subject + "/logout")));
        assertThat(redis.opsForZSet().score(SuspendedAccounts.KEY, subject)).isNotNull();
        // The instance that recorded the suspension refuses at once; the others within their next poll.
        Api.Reply refused = api().get("/api/identity/me", token);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.isProblem()).isTrue();
        JsonNode listed = api().get("/api/identity/admin/suspensions", admin).json();
        assertThat(listed.valueStream().filter(s -> s.get("username").asString().equals(username)).findFirst())
                .hasValueSatisfying(s -> assertThat(s.get("active").asBoolean()).isTrue());
    }

    @Test
    void suspendingASuspendedAccountAnswersTheSuspensionInForceAndDisablesItOnce() {
        String username = fresh("susp-twice");
        String subject = keycloakKnows(username);
        Api.Reply first = suspend(username, admin, "{\"reason\":\"离职\"}");
        Api.Reply second = suspend(username, admin, "{\"reason\":\"离职\"}");

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("suspendedAt").asString()).isEqualTo(first.json().get("suspendedAt").asString());
        OUTSIDE.verify(1, putRequestedFor(urlPathEqualTo("/admin/realms/gov/users/" + subject)));
    }

    @Test
    void aReinstatedAccountIsEnabledAndItsNewTokensPassWhileThoseFromBeforeStayRefused() throws Exception {
        String username = fresh("susp-back");
        String subject = keycloakKnows(username);
        String before = issuer().token(username, "citizen");
        assertThat(suspend(username, admin, "{\"reason\":\"核查期间停用\"}").status()).isEqualTo(200);
        eventually(() -> assertThat(api().get("/api/identity/me", before).status()).isEqualTo(401));
        Thread.sleep(1_100); // tokens carry their issue time to the second

        Api.Reply reinstated = api().send("DELETE", "/api/identity/admin/accounts/" + username + "/suspension", admin,
                null, Map.of());

        assertThat(reinstated.status()).isEqualTo(200);
        assertThat(reinstated.json().get("active").asBoolean()).isFalse();
        assertThat(reinstated.json().get("reinstatedBy").asString()).isEqualTo(TestIssuer.subjectOf("susp-admin"));
        OUTSIDE.verify(putRequestedFor(urlPathEqualTo("/admin/realms/gov/users/" + subject))
                .withRequestBody(matchingJsonPath("$.enabled", equalTo("true"))));
        assertThat(api().get("/api/identity/me", issuer().token(username, "citizen")).status()).isEqualTo(200);
        assertThat(api().get("/api/identity/me", before).status()).isEqualTo(401);
        Api.Reply again = api().send("DELETE", "/api/identity/admin/accounts/" + username + "/suspension", admin, null,
                Map.of());
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.json().get("code").asString()).isEqualTo("NOT_SUSPENDED");
    }

    @Test
    void badRequestsAreRefusedWithTheFieldAtFaultAndChangeNothing() {
        String username = fresh("susp-bad");
        String subject = keycloakKnows(username);

        Api.Reply noReason = suspend(username, admin, "{\"reason\":\"  \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("code").asString()).isEqualTo("REASON_REQUIRED");
        assertThat(noReason.json().get("field").asString()).isEqualTo("reason");
        Api.Reply tooLong = suspend(username, admin, "{\"reason\":\"" + "长".repeat(201) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("code").asString()).isEqualTo("REASON_TOO_LONG");

        OUTSIDE.stubFor(get(urlPathEqualTo("/admin/realms/gov/users")).withQueryParam("username", equalTo("nobody-here"))
                .willReturn(okJson("[]")));
        Api.Reply unknown = suspend("nobody-here", admin, "{\"reason\":\"离职\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("ACCOUNT_NOT_FOUND");
        assertThat(suspend("service-account-svc-intake", admin, "{\"reason\":\"离职\"}").status()).isEqualTo(404);

        keycloakKnows("susp-admin");
        Api.Reply self = suspend("susp-admin", admin, "{\"reason\":\"离职\"}");
        assertThat(self.status()).isEqualTo(422);
        assertThat(self.json().get("code").asString()).isEqualTo("CANNOT_SUSPEND_ONESELF");

        assertThat(suspend(username, issuer().token("susp-clerk", "clerk"), "{\"reason\":\"离职\"}").status())
                .isEqualTo(403);
        assertThat(api().get("/api/identity/admin/suspensions", issuer().token("susp-citizen-x", "citizen")).status())
                .isEqualTo(403);
        OUTSIDE.verify(0, putRequestedFor(urlPathEqualTo("/admin/realms/gov/users/" + subject)));
        assertThat(redis.opsForZSet().score(SuspendedAccounts.KEY, subject)).isNull();
    }

    @Test
    void whenKeycloakCannotDisableTheAccountTheAnswerIs503AndNothingIsRecorded() {
        String username = fresh("susp-down");
        String subject = keycloakKnows(username);
        OUTSIDE.stubFor(put(urlPathEqualTo("/admin/realms/gov/users/" + subject)).willReturn(aResponse().withStatus(503)));

        Api.Reply reply = suspend(username, admin, "{\"reason\":\"离职\"}");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.json().get("code").asString()).isEqualTo("IDENTITY_PROVIDER_UNAVAILABLE");
        assertThat(redis.opsForZSet().score(SuspendedAccounts.KEY, subject)).isNull();
        assertThat(api().get("/api/identity/admin/suspensions", admin).body()).doesNotContain(username);
    }
}
