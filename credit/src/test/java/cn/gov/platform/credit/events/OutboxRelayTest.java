package cn.gov.platform.credit.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class OutboxRelayTest {

    @Test
    void anEventsDetailsTravelAsFieldsButNeverReplaceTheContractsOwn() {
        Document event = new Document("eventId", "e-1").append("type", "ObjectionDeadlineMoved").append("entryId", "E1")
                .append("recipientSubject", "filer").append("occurredAt", Date.from(Instant.parse("2026-12-10T02:00:00Z")))
                .append("details", new Document("dueBy", "2027-01-15").append("previousDueBy", "2027-01-12")
                        .append("type", "Forged"));

        assertThat(OutboxRelay.fields(event)).containsEntry("type", "ObjectionDeadlineMoved")
                .containsEntry("dueBy", "2027-01-15").containsEntry("previousDueBy", "2027-01-12")
                .containsEntry("occurredAt", "2026-12-10T02:00:00Z").containsEntry("recipientSubject", "filer");
    }

    @Test
    void anEventWithoutDetailsKeepsExactlyTheContractsFields() {
        Document event = new Document("eventId", "e-2").append("type", "EntryListed").append("entryId", "E2")
                .append("occurredAt", Date.from(Instant.parse("2026-12-10T02:00:00Z")));

        assertThat(OutboxRelay.fields(event)).containsOnlyKeys("eventId", "type", "entryId", "occurredAt");
    }
}
