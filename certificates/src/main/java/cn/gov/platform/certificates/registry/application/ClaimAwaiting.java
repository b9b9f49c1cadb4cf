package cn.gov.platform.certificates.registry.application;

import cn.gov.platform.certificates.registry.domain.Certificate;
import cn.gov.platform.certificates.registry.domain.Certificates;
import cn.gov.platform.certificates.registry.domain.HolderDirectory;
import cn.gov.platform.certificates.signing.domain.Signatures;
import cn.gov.platform.kernel.DomainViolation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands legacy certificates that wait for their holder to the account identity says holds their key
 * (issue 18, point 3): asked before a wallet is listed and before a holding check, so a person who
 * registers and is verified finds the certificates in the wallet at the next read. Identity is asked
 * only while some certificate waits; when it cannot answer, nothing is taken now and the account sees
 * what it already holds (the next read tries again).
 */
public class ClaimAwaiting {

    private static final Logger log = LoggerFactory.getLogger(ClaimAwaiting.class);
    private final Certificates certificates;
    private final HolderDirectory directory;
    private final Signatures signatures;
    private final Clock clock;
    private final Counter claimed;

    public ClaimAwaiting(Certificates certificates, HolderDirectory directory, Signatures signatures, Clock clock,
            MeterRegistry meters) {
        this.certificates = certificates;
        this.directory = directory;
        this.signatures = signatures;
        this.clock = clock;
        this.claimed = Counter.builder("certificates.legacy.claimed")
                .description("Legacy certificates taken by their holder's account").register(meters);
    }

    /** Takes the waiting certificates that are {@code subject}'s; returns how many it took. */
    public int claimFor(String subject) {
        if (!certificates.anyAwaiting()) {
            return 0;
        }
        List<String> keys;
        try {
            keys = directory.keysOf(subject);
        } catch (HolderDirectory.Unavailable e) {
            log.warn("Identity cannot name the account's holder keys; waiting certificates stay waiting: {}", e.toString());
            return 0;
        }
        int taken = 0;
        for (Certificate waiting : certificates.awaiting(keys)) {
            try {
                certificates.update(waiting.claimedBy(subject, clock.instant(), signatures));
                taken++;
            } catch (DomainViolation e) {
                // Another read of the same account took it first (CONCURRENT_CHANGE): it is theirs either way.
                log.debug("Certificate {} was taken meanwhile", waiting.number());
            }
        }
        claimed.increment(taken);
        return taken;
    }
}
