package cn.gov.platform.certificates.registry.domain;

import cn.gov.platform.events.certificates.CertificateEvent;
import java.util.Map;
import java.util.Optional;

/**
 * The status machine of a certificate (CER-3). Expiry is not a state: it follows from the
 * validity dates at the moment of verification, so nothing has to run at midnight.
 *
 * <pre>
 * ACTIVE --suspend--> SUSPENDED --reinstate--> ACTIVE
 * ACTIVE --revoke---> REVOKED      SUSPENDED --revoke--> REVOKED     (REVOKED is final)
 * </pre>
 */
public enum CertificateStatus {
    ACTIVE, SUSPENDED, REVOKED;

    public enum Change {
        SUSPEND(CertificateEvent.Type.CertificateSuspended), REINSTATE(CertificateEvent.Type.CertificateReinstated),
        REVOKE(CertificateEvent.Type.CertificateRevoked);

        private final CertificateEvent.Type eventType;

        Change(CertificateEvent.Type eventType) {
            this.eventType = eventType;
        }

        public CertificateEvent.Type eventType() {
            return eventType;
        }
    }

    private static final Map<CertificateStatus, Map<Change, CertificateStatus>> TRANSITIONS = Map.of(
            ACTIVE, Map.of(Change.SUSPEND, SUSPENDED, Change.REVOKE, REVOKED),
            SUSPENDED, Map.of(Change.REINSTATE, ACTIVE, Change.REVOKE, REVOKED),
            REVOKED, Map.of());

    public Optional<CertificateStatus> after(Change change) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(change));
    }
}
