package cn.gov.platform.events.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.events.Decoded;
import cn.gov.platform.events.EventType;
import cn.gov.platform.events.PayloadJson;
import cn.gov.platform.events.samples.ContractExamples;
import cn.gov.platform.events.samples.RecordedSamples;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseEventsTest {

    private final CaseEvents contract = CaseEvents.CONTRACT;

    @Test
    void everyTypeHasAnExampleAndEveryExampleReadsBackAsItWasWritten() {
        List<IntakeEvent> examples = ContractExamples.intake();
        assertThat(examples.stream().map(IntakeEvent::type).distinct())
                .containsExactlyInAnyOrderElementsOf(contract.types().stream().map(EventType::name).toList());
        for (IntakeEvent e : examples) {
            assertThat(contract.decode(contract.encode(e))).as(e.eventId()).isEqualTo(new Decoded.Known<>(e));
        }
    }

    @Test
    void anEntryCarriesTheDocumentedFieldsInTheirOrderAndLeavesOutWhatTheEventHasNot() {
        IntakeEvent accepted = new IntakeEvent("e-1", ContractExamples.AT, ContractExamples.anAgentsCase(),
                new IntakePayload.CaseAccepted(LocalDate.parse("2026-03-13"), null, List.of(), "CHECKED"));

        Map<String, String> fields = contract.encode(accepted);

        assertThat(fields.keySet()).containsExactly("eventId", "type", "caseId", "itemCode", "applicantSubject",
                "agentSubject", "division", "department", "occurredAt", "payload");
        assertThat(fields).containsEntry("type", "CaseAccepted").containsEntry("occurredAt", "2026-03-10T02:15:30.123Z");
        assertThat(PayloadJson.read(fields.get("payload")))
                .containsExactly(Map.entry("promisedDue", "2026-03-13"), Map.entry("creditCheck", "CHECKED"));
    }

    @Test
    void listsAreCommaSeparatedAndAnEmptyListIsWrittenWhereTheProducerAlwaysWritesIt() {
        Map<String, String> submitted = PayloadJson.read(contract.encode(new IntakeEvent("e", ContractExamples.AT,
                ContractExamples.aCase(), new IntakePayload.CaseSubmitted(List.of()))).get("payload"));
        Map<String, String> refused = PayloadJson.read(contract.encode(new IntakeEvent("e", ContractExamples.AT,
                ContractExamples.aCase(), new IntakePayload.CaseNotAccepted("N1", "r", List.of("a", "b")))).get("payload"));

        assertThat(submitted).containsExactly(Map.entry("missingMaterials", ""));
        assertThat(refused).containsEntry("materials", "a,b");
    }

    @Test
    void anUnknownTypeIsReportedWithItsIdNotAsAnError() {
        Map<String, String> fields = Map.of("eventId", "e-9", "type", "SomethingIssue9Adds", "payload", "not even json");

        assertThat(contract.decode(fields)).isEqualTo(new Decoded.UnknownType<>("e-9", "SomethingIssue9Adds"));
    }

    @Test
    void fieldsAndPayloadValuesItDoesNotKnowAreIgnored() {
        Map<String, String> fields = new LinkedHashMap<>(contract.encode(ContractExamples.intake().getFirst()));
        fields.put("traceparent", "00-abc-def-01");
        fields.put("payload", "{\"missingMaterials\":\"premises-layout,safety-rules\",\"addedLater\":\"x\",\"n\":3}");

        Decoded<IntakeEvent> decoded = contract.decode(fields);

        assertThat(decoded).isEqualTo(new Decoded.Known<>(ContractExamples.intake().getFirst()));
    }

    @Test
    void anEntryWithoutEventIdTypeOrTimeOrWithAValueThatDoesNotParseIsMalformed() {
        Map<String, String> good = contract.encode(ContractExamples.intake().getFirst());
        for (String required : List.of("eventId", "type", "occurredAt")) {
            Map<String, String> without = new LinkedHashMap<>(good);
            without.remove(required);
            assertThat(contract.decode(without)).as(required).isInstanceOf(Decoded.Malformed.class);
        }
        Map<String, String> badDate = new LinkedHashMap<>(good);
        badDate.put("type", "ComplaintFiled");
        badDate.put("payload", "{\"complaintId\":\"c-1\",\"dueOn\":\"next week\"}");
        assertThat(contract.decode(badDate)).isInstanceOf(Decoded.Malformed.class);
        Map<String, String> notAnObject = new LinkedHashMap<>(good);
        notAnObject.put("payload", "[1,2]");
        assertThat(contract.decode(notAnObject)).isInstanceOf(Decoded.Malformed.class);
    }

    @Test
    void anEntryOfAnOlderProducerWithoutPayloadStillDecodes() {
        Map<String, String> fields = new LinkedHashMap<>(contract.encode(ContractExamples.intake().getFirst()));
        fields.remove("payload");
        fields.put("type", "CaseApproved");

        Decoded<IntakeEvent> decoded = contract.decode(fields);

        assertThat(decoded).isInstanceOf(Decoded.Known.class);
        assertThat(((Decoded.Known<IntakeEvent>) decoded).event().payload())
                .isEqualTo(new IntakePayload.CaseApproved(null, false, null, null));
    }

    @Test
    void everyRecordedEntryOfTodaysProducersDecodesAndIsWrittenAgainExactlyAsItWas() {
        List<Map<String, String>> samples = RecordedSamples.of(CaseEvents.STREAM);
        assertThat(samples).isNotEmpty();
        for (Map<String, String> sample : samples) {
            Decoded<IntakeEvent> decoded = contract.decode(sample);
            assertThat(decoded).as(sample.toString()).isInstanceOf(Decoded.Known.class);
            Map<String, String> again = contract.encode(((Decoded.Known<IntakeEvent>) decoded).event());
            assertThat(readable(again)).as(sample.get("type")).isEqualTo(readable(sample));
        }
    }

    @Test
    void everyTypeIsAmongTheRecordedEntries() {
        assertThat(RecordedSamples.of(CaseEvents.STREAM).stream().map(f -> f.get("type")).distinct())
                .containsExactlyInAnyOrderElementsOf(contract.types().stream().map(EventType::name).toList());
    }

    private static Map<String, Object> readable(Map<String, String> fields) {
        Map<String, Object> out = new LinkedHashMap<>(fields);
        out.put("payload", PayloadJson.read(fields.getOrDefault("payload", "")));
        return out;
    }
}
