package cn.gov.platform.events.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.events.Decoded;
import cn.gov.platform.events.EventType;
import cn.gov.platform.events.samples.ContractExamples;
import cn.gov.platform.events.samples.RecordedSamples;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CertificateEventsTest {

    private final CertificateEvents contract = CertificateEvents.CONTRACT;

    @Test
    void everyTypeHasAnExampleAndEveryExampleReadsBackAsItWasWritten() {
        assertThat(ContractExamples.certificates().stream().map(CertificateEvent::type))
                .containsExactlyInAnyOrderElementsOf(contract.types().stream().map(EventType::name).toList());
        for (CertificateEvent e : ContractExamples.certificates()) {
            assertThat(contract.decode(contract.encode(e))).isEqualTo(new Decoded.Known<>(e));
        }
    }

    @Test
    void anIssueHasNoReasonAndNoPayloadField() {
        Map<String, String> fields = contract.encode(ContractExamples.certificates().getFirst());

        assertThat(fields.keySet()).containsExactly("eventId", "type", "number", "typeCode", "holderSubject",
                "occurredAt");
    }

    @Test
    void anUnknownTypeIsReportedAndAMissingTimeIsMalformed() {
        assertThat(contract.decode(Map.of("eventId", "e", "type", "CertificateRenamed")))
                .isEqualTo(new Decoded.UnknownType<>("e", "CertificateRenamed"));
        Map<String, String> noTime = new LinkedHashMap<>(contract.encode(ContractExamples.certificates().getFirst()));
        noTime.remove("occurredAt");
        assertThat(contract.decode(noTime)).isInstanceOf(Decoded.Malformed.class);
    }

    @Test
    void everyRecordedEntryOfTodaysProducerDecodesAndIsWrittenAgainExactlyAsItWas() {
        List<Map<String, String>> samples = RecordedSamples.of(CertificateEvents.STREAM);
        assertThat(samples).isNotEmpty();
        for (Map<String, String> sample : samples) {
            Decoded<CertificateEvent> decoded = contract.decode(sample);
            assertThat(decoded).as(sample.toString()).isInstanceOf(Decoded.Known.class);
            assertThat(contract.encode(((Decoded.Known<CertificateEvent>) decoded).event())).isEqualTo(sample);
        }
    }
}
