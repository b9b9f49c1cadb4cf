package cn.gov.platform.devprofile.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.identity.IdentityProperties;
import cn.gov.platform.identity.person.domain.RealNameVerifier;
import cn.gov.platform.identity.person.infrastructure.HttpRealNameVerifier;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** The stand-in answers identity's own HTTP adapter exactly as the provider would. */
class DevRealNameProviderTest {

    private DevRealNameProvider provider;
    private RealNameVerifier verifier;

    @BeforeEach
    void start() {
        provider = new DevRealNameProvider(URI.create("http://127.0.0.1:0"), JsonMapper.builder().build());
        URI url = URI.create("http://127.0.0.1:" + provider.port());
        verifier = new HttpRealNameVerifier(new IdentityProperties.RealName(url, Duration.ofSeconds(3)), RestClient.builder());
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    @Test
    void aWellFormedRequestMatches() {
        RealNameVerifier.Outcome outcome = verifier.verify("马文清", new ResidentIdNumber("640324198503120411"));

        assertThat(outcome.matched()).isTrue();
        assertThat(outcome.method()).isEqualTo("DEV_STUB");
    }

    @Test
    void aNameSaying不符DoesNotMatchSoATesterCanSeeAFailedVerification() {
        RealNameVerifier.Outcome outcome = verifier.verify("张不符", new ResidentIdNumber("640324198503120411"));

        assertThat(outcome.matched()).isFalse();
    }
}
