package cn.gov.platform.identity.person.infrastructure;

import cn.gov.platform.identity.person.domain.RealNameVerifier;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands where the provider would be when {@code identity.real-name.url} ({@code REALNAME_PROVIDER_URL})
 * is not set: every verification is refused as not possible, so a deployment without a provider
 * never takes anyone as verified. Registration still works; people stay unverified and may retry
 * once a provider is configured.
 */
public class UnconfiguredRealNameVerifier implements RealNameVerifier {

    private static final Logger log = LoggerFactory.getLogger(UnconfiguredRealNameVerifier.class);

    public UnconfiguredRealNameVerifier() {
        log.warn("No real-name verification provider is configured (REALNAME_PROVIDER_URL): "
                + "real-name verification is refused until one is");
    }

    @Override
    public Outcome verify(String name, ResidentIdNumber idNumber) {
        throw new NotConfigured();
    }
}
