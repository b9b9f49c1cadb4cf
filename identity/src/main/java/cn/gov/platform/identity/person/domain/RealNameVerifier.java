package cn.gov.platform.identity.person.domain;

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
}
