package cn.gov.platform.identity.me;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.identity.IdentityServiceIT;
import org.junit.jupiter.api.Test;

class InternalApiAccessIT extends IdentityServiceIT {

    @Test
    void aPersonsTokenCannotCallAnInternalApi() {
        assertThat(api().get("/api/identity/internal/anything", issuer().token("demo-citizen", "citizen")).status())
                .isEqualTo(403);
    }

    @Test
    void aServiceAccountGetsPastAuthorisation() {
        // Nothing is mapped here yet, so a service account reaches the handler and gets 404, not 403.
        assertThat(api().get("/api/identity/internal/anything", issuer().token("service-account-svc-intake", "service"))
                .status()).isEqualTo(404);
    }
}
