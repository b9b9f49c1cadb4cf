package cn.gov.platform.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Stands in for Keycloak in integration tests: WireMock publishes a JWKS at the realm's
 * certs path, and tokens are minted with the claims Keycloak puts in the platform's tokens
 * (issuer, audience, realm roles, staff division and department).
 */
public final class TestIssuer implements AutoCloseable {

    public static final String AUDIENCE = "gov-platform";

    private final WireMockServer server;
    private final RSAKey key;

    private TestIssuer(WireMockServer server, RSAKey key) {
        this.server = server;
        this.key = key;
    }

    public static TestIssuer start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
            WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
            server.start();
            server.stubFor(get(urlEqualTo("/realms/gov/protocol/openid-connect/certs"))
                    .willReturn(aResponse().withHeader("Content-Type", "application/json")
                            .withBody(new JWKSet(key.toPublicJWK()).toString())));
            return new TestIssuer(server, key);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String issuer() {
        return server.baseUrl() + "/realms/gov";
    }

    public String jwkSetUri() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    /** A valid token for a user with the given realm roles. */
    public String token(String username, String... roles) {
        return token(new Claims(username, List.of(roles), null, null, Duration.ofMinutes(5), AUDIENCE));
    }

    /** A valid token for staff at a division and department. */
    public String staffToken(String username, String division, String department, String... roles) {
        return token(new Claims(username, List.of(roles), division, department, Duration.ofMinutes(5), AUDIENCE));
    }

    public String token(Claims claims) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(subjectOf(claims.username()))
                .audience(claims.audience())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(claims.lifetime())))
                .jwtID(UUID.randomUUID().toString())
                .claim("preferred_username", claims.username())
                .claim("azp", "gov-portal")
                .claim("realm_access", Map.of("roles", claims.roles()));
        if (claims.division() != null) {
            set.claim("division", claims.division());
        }
        if (claims.department() != null) {
            set.claim("department", claims.department());
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    set.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Subjects are stable per user name, as Keycloak's user ids are. */
    public static String subjectOf(String username) {
        return UUID.nameUUIDFromBytes(username.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** What goes into a token; {@code lifetime} may be negative for an expired one. */
    public record Claims(String username, List<String> roles, @Nullable String division,
            @Nullable String department, Duration lifetime, String audience) {
    }
}
