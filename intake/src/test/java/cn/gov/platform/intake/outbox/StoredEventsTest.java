package cn.gov.platform.intake.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.events.PayloadJson;
import cn.gov.platform.events.intake.CaseEvents;
import cn.gov.platform.events.intake.IntakeEvent;
import cn.gov.platform.events.samples.ContractExamples;
import cn.gov.platform.events.samples.RecordedSamples;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The producer's side of intake's stream: an event as a case, rating, complaint or warning stores
 * it is sent exactly as the stream's contract writes it, and exactly as the relays before the
 * library sent the same stored event (the recorded entries, turned back into what was stored).
 */
class StoredEventsTest {

    private static final List<String> ENVELOPE = List.of("eventId", "type", "caseId", "caseNumber", "itemCode",
            "applicantSubject", "agentSubject", "recipientSubject", "division", "department");

    /** What the outbox held for a recorded entry: its fields, the time as a date, the payload as a sub-document. */
    private static Document storedFor(Map<String, String> entry) {
        Document stored = new Document();
        ENVELOPE.forEach(name -> {
            if (entry.containsKey(name)) {
                stored.append(name, entry.get(name));
            }
        });
        stored.append("occurredAt", Date.from(Instant.parse(entry.get("occurredAt"))));
        stored.append("payload", new Document(new LinkedHashMap<>(PayloadJson.read(entry.get("payload")))));
        return stored.append("publishedAt", null);
    }

    private static Map<String, Object> readable(Map<String, String> fields) {
        Map<String, Object> out = new LinkedHashMap<>(fields);
        out.put("payload", PayloadJson.read(fields.get("payload")));
        return out;
    }

    @Test
    void everyEntryTheRelaysBeforeTheLibraryWereRecordedSendingIsSentTheSameFromTheSameStoredEvent() {
        List<Map<String, String>> recorded = RecordedSamples.of(CaseEvents.STREAM);
        assertThat(recorded).isNotEmpty();
        for (Map<String, String> entry : recorded) {
            assertThat(readable(StoredEvents.fields(storedFor(entry)))).as(entry.get("type"))
                    .isEqualTo(readable(entry));
        }
    }

    @Test
    void everyTypeStoredFromItsTypedPayloadIsSentAsTheContractWritesIt() {
        for (IntakeEvent e : ContractExamples.intake()) {
            Document stored = new Document("eventId", e.eventId()).append("type", e.type())
                    .append("caseId", e.about().caseId()).append("caseNumber", e.about().caseNumber())
                    .append("itemCode", e.about().itemCode()).append("applicantSubject", e.about().applicantSubject())
                    .append("agentSubject", e.about().agentSubject())
                    .append("recipientSubject", e.about().recipientSubject()).append("division", e.about().division())
                    .append("department", e.about().department()).append("occurredAt", Date.from(e.occurredAt()))
                    .append("payload", new Document(new LinkedHashMap<>(e.payload().values())));

            assertThat(StoredEvents.fields(stored)).as(e.eventId()).isEqualTo(CaseEvents.CONTRACT.encode(e));
        }
    }
}
