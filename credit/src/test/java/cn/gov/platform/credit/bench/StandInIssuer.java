package cn.gov.platform.credit.bench;

import cn.gov.platform.testkit.TestIssuer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A stand-in token issuer for running the credit benchmark without Keycloak (e.g. when another
 * engineer's platform holds Keycloak's port): writes the issuer URL, JWKS URL, a service token
 * and an admin token (two hours each) to {@code <dir>/issuer.env}, then serves the JWKS until killed.
 */
public final class StandInIssuer {

    private StandInIssuer() {
    }

    public static void main(String[] args) throws Exception {
        TestIssuer issuer = TestIssuer.start();
        String service = issuer.token(new TestIssuer.Claims("service-account-svc-intake", List.of("service"), null, null,
                Duration.ofHours(2), TestIssuer.AUDIENCE));
        String admin = issuer.token(new TestIssuer.Claims("bench-admin", List.of("admin"), null, null,
                Duration.ofHours(2), TestIssuer.AUDIENCE));
        Files.writeString(Path.of(args[0], "issuer.env"), "OIDC_ISSUER=" + issuer.issuer() + "\nOIDC_JWK_SET_URI="
                + issuer.jwkSetUri() + "\nSERVICE_TOKEN=" + service + "\nADMIN_TOKEN=" + admin + "\n");
        Thread.sleep(Long.MAX_VALUE);
    }
}
