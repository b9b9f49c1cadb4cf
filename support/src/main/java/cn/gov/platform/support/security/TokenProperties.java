package cn.gov.platform.support.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How tokens issued by the platform's Keycloak realm are validated.
 *
 * @param issuer      the realm's issuer URL, checked against {@code iss} ({@code OIDC_ISSUER})
 * @param jwkSetUri   where the realm publishes its signing keys ({@code OIDC_JWK_SET_URI})
 * @param audience    the audience every platform token must carry in {@code aud}
 * @param clockSkew   tolerated clock difference when checking {@code exp} and {@code nbf}
 * @param publicPaths request paths answered without a token (Ant-style patterns), e.g. the
 *                    catalogue, certificate verification, API docs and health
 * @param publicPostPaths POST paths open to anonymous callers, e.g. citizen self-registration
 * @param jwksTimeout connect and read timeout when fetching the realm's signing keys
 * @param rememberedTokens how many validated tokens a service remembers until they expire
 *                    ({@link TokenMemory}); 0 checks every token in full on every request
 */
@Validated
@ConfigurationProperties("platform.security")
public record TokenProperties(
        @NotNull URI issuer,
        @NotNull URI jwkSetUri,
        @NotBlank @DefaultValue("gov-platform") String audience,
        @NotNull @DefaultValue("5s") Duration clockSkew,
        @DefaultValue({}) List<String> publicPaths,
        @DefaultValue({}) List<String> publicPostPaths,
        @NotNull @DefaultValue("5s") Duration jwksTimeout,
        @PositiveOrZero @DefaultValue("10000") int rememberedTokens) {
}
