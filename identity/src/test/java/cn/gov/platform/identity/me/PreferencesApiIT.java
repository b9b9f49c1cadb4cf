package cn.gov.platform.identity.me;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import cn.gov.platform.identity.IdentityServiceIT;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreferencesApiIT extends IdentityServiceIT {

    @Test
    void aPersonStartsWithChineseAndCanSwitchToEnglish() {
        String token = issuer().token("prefs-citizen", "citizen");
        assertThat(api().get("/api/identity/me/preferences", token).json().get("language").asString()).isEqualTo("zh-CN");

        Api.Reply saved = put(token, "{\"language\":\"en\",\"smsOptIn\":false}");

        assertThat(saved.status()).isEqualTo(200);
        assertThat(api().get("/api/identity/me", token).json().get("preferences").get("language").asString())
                .isEqualTo("en");
    }

    @Test
    void anUnknownLanguageIsRefusedNamingTheFieldAndNothingChanges() {
        String token = issuer().token("prefs-citizen-2", "citizen");
        put(token, "{\"language\":\"en\",\"smsOptIn\":true}");

        Api.Reply refused = put(token, "{\"language\":\"fr\",\"smsOptIn\":true}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.json().get("field").asString()).isEqualTo("language");
        assertThat(refused.json().get("errors").get(0).get("message").get("zh").asString()).contains("语言");
        assertThat(api().get("/api/identity/me/preferences", token).json().get("language").asString()).isEqualTo("en");
    }

    @Test
    void malformedJsonIsABadRequestNotAServerError() {
        Api.Reply refused = put(issuer().token("prefs-citizen-3", "citizen"), "{\"language\": ");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("code").asString()).isEqualTo("MALFORMED_BODY");
        assertThat(refused.json().get("message").get("zh").asString()).contains("JSON");
    }

    @Test
    void aMissingFieldIsNamed() {
        Api.Reply refused = put(issuer().token("prefs-citizen-4", "citizen"), "{\"language\":\"en\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("smsOptIn");
    }

    @Test
    void theWrongContentTypeIs415ProblemJson() {
        Api.Reply refused = api().send("PUT", "/api/identity/me/preferences", issuer().token("prefs-citizen-5", "citizen"),
                "language=en", Map.of("Content-Type", "text/plain"));

        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.isProblem()).isTrue();
    }

    private Api.Reply put(String token, String body) {
        return api().send("PUT", "/api/identity/me/preferences", token, body, Map.of("Content-Type", "application/json"));
    }
}
