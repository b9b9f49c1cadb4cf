package cn.gov.platform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestPlatform;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The portal as a browser fetches it from the gateway: page, files, configuration and their headers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPlatform.get().register(registry, "gateway");
    }

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api("http://127.0.0.1:" + port);
    }

    @Test
    void servesThePageAtTheRootWithoutATokenAlwaysRevalidated() {
        Api.Reply page = api.send("GET", "/", null, null, Map.of("Accept", "text/html"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<script type=\"module\" src=\"/app/main.js\"></script>")
                .contains("aria-live=\"polite\"").contains("<main id=\"main\"");
        assertThat(page.header("Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void theContentSecurityPolicyAllowsOnlyOwnScriptsAndCallsToTheGatewayAndTheLoginServer() {
        Api.Reply page = api.get("/", null);
        String issuer = api.get("/portal-config.json", null).json().get("issuer").asString();
        URI login = URI.create(issuer);

        String csp = page.header("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self';").contains("style-src 'self';")
                .contains("connect-src 'self' " + login.getScheme() + "://" + login.getRawAuthority() + ";")
                .contains("frame-ancestors 'none'").contains("object-src 'none'").doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void servesScriptsAndStylesAsStaticFilesThatBrowsersRevalidate() {
        Api.Reply script = api.get("/app/main.js", null);
        Api.Reply style = api.get("/app/app.css", null);

        assertThat(script.status()).isEqualTo(200);
        assertThat(script.contentType()).contains("javascript");
        assertThat(script.body()).contains("import * as auth from './auth.js'");
        assertThat(script.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(script.header("Last-Modified")).isNotBlank();
        assertThat(style.status()).isEqualTo(200);
        assertThat(style.contentType()).startsWith("text/css");
        assertThat(api.send("GET", "/app/main.js", null, null,
                Map.of("If-Modified-Since", script.header("Last-Modified"))).status()).isEqualTo(304);
    }

    @Test
    void tellsThePageWhereToLogInWithThePublicPkceClient() {
        Api.Reply config = api.get("/portal-config.json", null);

        assertThat(config.status()).isEqualTo(200);
        assertThat(config.json().get("clientId").asString()).isEqualTo("gov-portal");
        assertThat(config.json().get("issuer").asString()).isEqualTo(TestPlatform.get().issuer().issuer());
    }

    @Test
    void aMissingFileIs404AndOtherPathsStillNeedAToken() {
        assertThat(api.get("/app/nothing-here.js", null).status()).isEqualTo(404);
        Api.Reply other = api.get("/not-the-portal", null);
        assertThat(other.status()).isEqualTo(401);
        assertThat(other.isProblem()).isTrue();
    }
}
