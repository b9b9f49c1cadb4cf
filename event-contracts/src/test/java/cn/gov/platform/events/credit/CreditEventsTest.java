package cn.gov.platform.events.credit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.events.Decoded;
import cn.gov.platform.events.EventType;
import cn.gov.platform.events.samples.ContractExamples;
import cn.gov.platform.events.samples.RecordedSamples;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreditEventsTest {

    private final CreditEvents contract = CreditEvents.CONTRACT;

    @Test
    void everyTypeHasAnExampleAndEveryExampleReadsBackAsItWasWritten() {
        assertThat(ContractExamples.credit().stream().map(CreditEvent::type))
                .containsExactlyInAnyOrderElementsOf(contract.types().stream().map(EventType::name).toList());
        for (CreditEvent e : ContractExamples.credit()) {
            assertThat(contract.decode(contract.encode(e))).isEqualTo(new Decoded.Known<>(e));
        }
    }

    @Test
    void aMovedAnswerDateCarriesThePetitionAndBothDatesAsPlainFields() {
        Map<String, String> fields = contract.encode(ContractExamples.credit().get(5));

        assertThat(fields).containsExactly(Map.entry("eventId", "e-objection-moved"),
                Map.entry("type", "ObjectionDeadlineMoved"), Map.entry("entryId", "en-7"),
                Map.entry("recipientSubject", ContractExamples.APPLICANT),
                Map.entry("occurredAt", "2026-03-10T02:15:30.123Z"), Map.entry("petitionId", "p-5"),
                Map.entry("previousDueBy", "2027-01-12"), Map.entry("dueBy", "2027-01-15"));
    }

    @Test
    void aListingTellsNobodyAndCarriesOnlyTheEntry() {
        assertThat(contract.encode(ContractExamples.credit().getFirst()).keySet())
                .containsExactly("eventId", "type", "entryId", "occurredAt");
    }

    @Test
    void anUnknownTypeIsReportedAndAnEntryWithoutItsEntryIsMalformed() {
        assertThat(contract.decode(Map.of("eventId", "e", "type", "EntryRenamed")))
                .isEqualTo(new Decoded.UnknownType<>("e", "EntryRenamed"));
        assertThat(contract.decode(Map.of("eventId", "e", "type", "EntryListed", "occurredAt", "2026-03-10T02:15:30Z")))
                .isInstanceOf(Decoded.Malformed.class);
    }

    @Test
    void everyRecordedEntryOfTodaysProducerDecodesAndIsWrittenAgainExactlyAsItWas() {
        List<Map<String, String>> samples = RecordedSamples.of(CreditEvents.STREAM);
        assertThat(samples).isNotEmpty();
        for (Map<String, String> sample : samples) {
            Decoded<CreditEvent> decoded = contract.decode(sample);
            assertThat(decoded).as(sample.toString()).isInstanceOf(Decoded.Known.class);
            assertThat(contract.encode(((Decoded.Known<CreditEvent>) decoded).event())).isEqualTo(sample);
        }
    }
}
