package cn.gov.platform.gateway.portal;

import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The portal the gateway serves at {@code /}.
 *
 * @param clientId     the public OIDC client the page logs in with (authorization code + PKCE)
 * @param loginIssuer  the realm as the browser reaches it; defaults to the token issuer
 *                     ({@code platform.security.issuer}), which is what a browser must see anyway
 *                     because the issuer is in every token, {@code PORTAL_LOGIN_ISSUER}
 */
@Validated
@ConfigurationProperties("platform.gateway.portal")
public record PortalProperties(@NotBlank @DefaultValue("gov-portal") String clientId, @Nullable URI loginIssuer) {
}
