package cn.gov.platform.certificates.registry.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.certificates.Fixtures;
import cn.gov.platform.certificates.registry.domain.Certificate;
import cn.gov.platform.certificates.registry.domain.CertificateNumber;
import cn.gov.platform.certificates.registry.domain.CertificateStatus;
import cn.gov.platform.certificates.signing.domain.SignatureAlgorithm;
import cn.gov.platform.certificates.signing.infrastructure.KeyRingSignatures;
import cn.gov.platform.events.Decoded;
import cn.gov.platform.events.EventType;
import cn.gov.platform.events.certificates.CertificateEvent;
import cn.gov.platform.events.certificates.CertificateEvents;
import cn.gov.platform.events.samples.RecordedSamples;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The producer's side of certificates -> notifications: every event a certificate records (its
 * issue and each status change), kept in its document's outbox and sent as the relay sends it, is
 * what the stream's contract reads back, with the fields the registry was recorded sending before
 * the typed contracts.
 */
class CertificateEventsContractTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    private static List<CertificateEvent> everythingACertificateRecords() {
        KeyRingSignatures signatures = new KeyRingSignatures(new Fixtures.MemoryKeys(SignatureAlgorithm.SM2_SM3),
                SignatureAlgorithm.SM2_SM3);
        Certificate c = Certificate.issue(CertificateNumber.of("JY", 2026, Fixtures.COUNTY, 1),
                Fixtures.foodPermit("SL-2026-000001", Fixtures.enterprise("e-1")), NOW, signatures);
        c.change(CertificateStatus.Change.SUSPEND, "整改期间暂停", "staff-1", NOW);
        c.change(CertificateStatus.Change.REINSTATE, "整改完成", "staff-1", NOW);
        c.change(CertificateStatus.Change.REVOKE, "以欺骗手段取得许可", "staff-2", NOW);
        return c.outbox();
    }

    /** As the relay sends it: stored in the document, read back by the outbox, encoded by the contract. */
    private static Map<String, String> sent(CertificateEvent e) {
        return CertificateEvents.CONTRACT.encode(MongoCertificates.event(MongoCertificates.event(e)));
    }

    @Test
    void everyTypeACertificateRecordsIsSentAsTheContractReadsItBack() {
        List<CertificateEvent> recorded = everythingACertificateRecords();
        assertThat(recorded.stream().map(CertificateEvent::type)).containsExactlyElementsOf(
                CertificateEvents.CONTRACT.types().stream().map(EventType::name).toList());
        for (CertificateEvent e : recorded) {
            assertThat(CertificateEvents.CONTRACT.decode(sent(e))).isEqualTo(new Decoded.Known<>(e));
        }
        assertThat(recorded.getFirst().holderSubject()).isEqualTo("e-1");
        assertThat(recorded.getLast().reason()).isEqualTo("以欺骗手段取得许可");
    }

    @Test
    void eachTypeIsSentWithTheFieldsTheRegistryWasRecordedSending() {
        for (CertificateEvent e : everythingACertificateRecords()) {
            List<Map<String, String>> samples = RecordedSamples.of(CertificateEvents.STREAM, e.type());
            assertThat(samples).as(e.type()).isNotEmpty()
                    .anySatisfy(sample -> assertThat(sent(e).keySet()).containsExactlyElementsOf(sample.keySet()));
        }
    }
}
