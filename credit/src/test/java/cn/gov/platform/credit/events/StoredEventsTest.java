package cn.gov.platform.credit.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.credit.Fixtures;
import cn.gov.platform.credit.common.domain.OutboxEvent;
import cn.gov.platform.credit.lists.domain.ListEntry;
import cn.gov.platform.credit.measures.domain.ListColour;
import cn.gov.platform.credit.petitions.domain.Petition;
import cn.gov.platform.credit.petitions.domain.PetitionKind;
import cn.gov.platform.events.Decoded;
import cn.gov.platform.events.EventType;
import cn.gov.platform.events.credit.CreditEvent;
import cn.gov.platform.events.credit.CreditEvents;
import cn.gov.platform.events.samples.RecordedSamples;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * The producer's side of credit -> notifications: every event credit records (the entries' and
 * petitions' own transitions), stored as the outbox stores it and sent as the relay sends it, is
 * what the stream's contract reads back, in the shape credit was recorded writing before the
 * typed contracts.
 */
class StoredEventsTest {

    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

    /** The outbox event as Spring Data writes it into the entry's or petition's document. */
    private static Document stored(OutboxEvent e) {
        // The service's own conversions (dates as ISO text, the JSR-310 types as simple values).
        MongoCustomConversions conversions = new EventsConfiguration().mongoCustomConversions();
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        Document d = new Document();
        converter.write(e, d);
        return d;
    }

    private static List<OutboxEvent> everythingCreditRecords() {
        List<OutboxEvent> events = new ArrayList<>();
        ListEntry listed = ListEntry.list(Fixtures.entry(ListColour.BLACK, "SERIOUS_MARKET_VIOLATION", "doc-1"), "ADMIN",
                "staff", NOW, true);
        ListEntry withdrawn = listed.objectionFiled("filer", NOW).withdrawn("staff", "upheld", "filer", NOW);
        events.addAll(withdrawn.outbox());
        events.add(listed.repaired("staff", "repaired", "filer", NOW).outbox().getLast());
        Petition objection = Petition.file("P1", PetitionKind.OBJECTION, "E1", "dept", "filer", "列入依据已被撤销", List.of(),
                NOW, LocalDate.of(2026, 6, 12), 10);
        Petition repair = Petition.file("P2", PetitionKind.REPAIR, "E1", "dept", "filer", "已履行", List.of("缴款凭证"), NOW,
                LocalDate.of(2026, 6, 8), 5);
        events.addAll(objection.decide(true, "staff", "依据不存在", NOW).outbox());
        events.addAll(repair.decide(false, "staff", "材料不足", NOW).outbox());
        events.addAll(objection.dueRecomputed(LocalDate.of(2026, 6, 15), 2026, 2, NOW).orElseThrow().outbox());
        events.addAll(repair.dueRecomputed(LocalDate.of(2026, 6, 9), 2026, 2, NOW).orElseThrow().outbox());
        return events;
    }

    @Test
    void everyTypeCreditRecordsIsSentAsTheContractReadsItBack() {
        List<OutboxEvent> recorded = everythingCreditRecords();
        assertThat(recorded.stream().map(OutboxEvent::type).distinct())
                .containsExactlyInAnyOrderElementsOf(CreditEvents.CONTRACT.types().stream().map(EventType::name).toList());
        for (OutboxEvent e : recorded) {
            Map<String, String> fields = StoredEvents.fields(stored(e));
            Decoded<CreditEvent> read = CreditEvents.CONTRACT.decode(fields);
            assertThat(read).as(e.type()).isInstanceOf(Decoded.Known.class);
            CreditEvent event = ((Decoded.Known<CreditEvent>) read).event();
            assertThat(event.eventId()).isEqualTo(e.eventId());
            assertThat(event.entryId()).isEqualTo(e.entryId());
            assertThat(event.recipientSubject()).isEqualTo(e.recipientSubject());
            assertThat(event.occurredAt()).isEqualTo(NOW);
        }
    }

    @Test
    void aMovedAnswerDateNamesThePetitionAndBothDates() {
        OutboxEvent moved = everythingCreditRecords().stream().filter(e -> e.type().equals("ObjectionDeadlineMoved"))
                .findFirst().orElseThrow();

        assertThat(StoredEvents.fields(stored(moved))).containsEntry("petitionId", "P1")
                .containsEntry("previousDueBy", "2026-06-12").containsEntry("dueBy", "2026-06-15");
    }

    @Test
    void eachTypeIsSentWithTheFieldsTodaysProducerWasRecordedSending() {
        int compared = 0;
        for (OutboxEvent e : everythingCreditRecords()) {
            List<Map<String, String>> samples = RecordedSamples.of(CreditEvents.STREAM, e.type());
            if (samples.isEmpty()) {
                continue; // a type the integration tests never produced while recording
            }
            Map<String, String> fields = StoredEvents.fields(stored(e));
            assertThat(samples).as(e.type()).anySatisfy(sample -> assertThat(fields.keySet())
                    .containsExactlyInAnyOrderElementsOf(sample.keySet()));
            compared++;
        }
        assertThat(compared).isPositive();
    }

    @Test
    void aMovedAnswerDateTravelsAsPlainFieldsThatNeverReplaceTheContractsOwn() {
        Document event = new Document("eventId", "e-1").append("type", "ObjectionDeadlineMoved").append("entryId", "E1")
                .append("recipientSubject", "filer").append("occurredAt", Date.from(Instant.parse("2026-12-10T02:00:00Z")))
                .append("details", new Document("petitionId", "P1").append("dueBy", "2027-01-15")
                        .append("previousDueBy", "2027-01-12").append("type", "Forged"));

        assertThat(StoredEvents.fields(event)).containsExactly(Map.entry("eventId", "e-1"),
                Map.entry("type", "ObjectionDeadlineMoved"), Map.entry("entryId", "E1"),
                Map.entry("recipientSubject", "filer"), Map.entry("occurredAt", "2026-12-10T02:00:00Z"),
                Map.entry("petitionId", "P1"), Map.entry("previousDueBy", "2027-01-12"), Map.entry("dueBy", "2027-01-15"));
    }

    @Test
    void anEventWithoutDetailsKeepsExactlyTheContractsFields() {
        Document event = new Document("eventId", "e-2").append("type", "EntryListed").append("entryId", "E2")
                .append("occurredAt", Date.from(Instant.parse("2026-12-10T02:00:00Z")));

        assertThat(StoredEvents.fields(event)).containsOnlyKeys("eventId", "type", "entryId", "occurredAt");
    }
}
