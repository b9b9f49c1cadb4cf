package cn.gov.platform.gateway.portal;

import cn.gov.platform.support.security.TokenProperties;
import java.net.URI;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves the portal's page at {@code /} and its runtime configuration. The files under
 * {@code static/} (served at {@code /app/}) are plain ES modules served by Boot's resource handler; nothing is built.
 * Every portal response is revalidated ({@code no-cache}): the files carry no content hash, so a
 * long cache lifetime would keep an old script after a release, and a 304 costs little.
 */
@Configuration
@EnableConfigurationProperties(PortalProperties.class)
public class PortalConfiguration {

    /** What the page needs to start a login: Keycloak's realm and the public client. */
    record PortalSettings(String issuer, String clientId) {
    }

    @Bean
    PortalPolicy portalPolicy(PortalProperties portal, TokenProperties tokens) {
        URI login = portal.loginIssuer();
        return new PortalPolicy(login == null || login.toString().isBlank() ? tokens.issuer() : login);
    }

    @Bean
    RouterFunction<ServerResponse> portalPage(PortalProperties portal, PortalPolicy policy) {
        Resource index = new ClassPathResource("static/index.html");
        PortalSettings settings = new PortalSettings(policy.issuer().toString(), portal.clientId());
        return RouterFunctions.route()
                .GET("/", request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML)
                        .cacheControl(CacheControl.noCache()).bodyValue(index))
                .GET("/portal-config.json", request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                        .cacheControl(CacheControl.noCache()).bodyValue(settings))
                .build();
    }

    /** The paths anyone may fetch without a token: the page, its files and its configuration. */
    public static final String[] PUBLIC_PATHS = {"/", "/app/**", "/portal-config.json"};

    static URI origin(URI uri) {
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority());
    }
}
