package cn.gov.platform.certificates.registry.domain;

import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who holds an identity number or a credit code (identity, issue 18 point 3). This service never
 * keeps an identity number: it keeps the number's key, which only identity can compute (its keyed
 * fingerprint), and takes a waiting certificate for an account when identity names the account's keys.
 */
public interface HolderDirectory {

    /** The most numbers one {@link #persons} or {@link #enterprises} call may carry. */
    int MAX_BATCH = 1000;

    /** A number's key (64 hex digits) and the verified account holding it, null when none does yet. */
    record PersonHolder(String key, @Nullable String subject) {
    }

    /** The answers in the order asked. @throws Unavailable when identity cannot answer */
    List<PersonHolder> persons(List<ResidentIdNumber> idNumbers);

    /** Each code's registered legal representative's account, or null; in the order asked. @throws Unavailable */
    List<@Nullable String> enterprises(List<UnifiedSocialCreditCode> creditCodes);

    /** The {@link Holder#awaitingKey() waiting keys} that are this account's. @throws Unavailable */
    List<String> keysOf(String subject);

    /** Identity could not answer (down, slow, breaker open, an answer that does not fit). */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }
}
