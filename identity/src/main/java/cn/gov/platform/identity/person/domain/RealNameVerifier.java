package cn.gov.platform.identity.person.domain;

import cn.gov.platform.kernel.identifiers.ResidentIdNumber;

/** The external real-name verification provider: does this name belong to this identity number? */
public interface RealNameVerifier {

    /** The provider's decision; throws {@link ProviderUnavailable} if it could not decide. */
    Outcome verify(String name, ResidentIdNumber idNumber);

    /**
     * @param matched whether name and number belong together
     * @param method  how the provider checked (kept with the verification)
     */
    record Outcome(boolean matched, String method) {
    }

    /** The provider did not answer in time or answered with an error: nothing was decided. */
    final class ProviderUnavailable extends RuntimeException {
        public ProviderUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * No provider is configured for this deployment: nobody can be verified (and nobody is taken
     * as verified) until one is.
     */
    final class NotConfigured extends RuntimeException {
        public NotConfigured() {
            super("no real-name verification provider is configured (identity.real-name.url)", null, false, false);
        }
    }
}
