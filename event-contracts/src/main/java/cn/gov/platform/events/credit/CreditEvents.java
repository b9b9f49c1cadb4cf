package cn.gov.platform.events.credit;

import cn.gov.platform.events.Decoded;
import cn.gov.platform.events.EntryFields;
import cn.gov.platform.events.EventStream;
import cn.gov.platform.events.EventType;
import cn.gov.platform.events.MalformedEvent;
import cn.gov.platform.events.Payload;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract of {@code credit.events}. An entry's fields: {@code eventId}, {@code type},
 * {@code entryId}, {@code recipientSubject} (when known), {@code occurredAt} (ISO-8601) and, for a
 * moved answer date, {@code petitionId}, {@code previousDueBy} and {@code dueBy} as plain fields
 * (ISO dates); no payload field.
 */
public final class CreditEvents implements EventStream<CreditEvent> {

    public static final String STREAM = "credit.events";
    public static final CreditEvents CONTRACT = new CreditEvents();
    private static final List<EventType> TYPES = Arrays.stream(CreditEvent.Type.values())
            .map(t -> new EventType(t.name(), 1)).toList();

    private CreditEvents() {
    }

    @Override
    public String name() {
        return STREAM;
    }

    @Override
    public List<EventType> types() {
        return TYPES;
    }

    @Override
    public Map<String, String> encode(CreditEvent e) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("eventId", e.eventId());
        fields.put("type", e.type());
        fields.put("entryId", e.entryId());
        if (e.recipientSubject() != null) {
            fields.put("recipientSubject", e.recipientSubject());
        }
        fields.put("occurredAt", e.occurredAt().toString());
        CreditEvent.DueDateMoved moved = e.moved();
        if (moved != null) {
            if (moved.petitionId() != null) {
                fields.put("petitionId", moved.petitionId());
            }
            if (moved.previousDueBy() != null) {
                fields.put("previousDueBy", moved.previousDueBy().toString());
            }
            if (moved.dueBy() != null) {
                fields.put("dueBy", moved.dueBy().toString());
            }
        }
        return fields;
    }

    @Override
    public Decoded<CreditEvent> decode(Map<String, String> fields) {
        EntryFields in = EntryFields.of(fields);
        try {
            String eventId = in.required("eventId");
            String type = in.required("type");
            CreditEvent.Type kind = CreditEvent.Type.named(type);
            if (kind == null) {
                return new Decoded.UnknownType<>(eventId, type);
            }
            CreditEvent.DueDateMoved moved = null;
            if (kind.movesADueDate()) {
                // The same plain values as a payload: optional when read, malformed when they do not parse.
                Payload p = Payload.of(fields);
                moved = new CreditEvent.DueDateMoved(p.text("petitionId"), p.date("previousDueBy"), p.date("dueBy"));
            }
            return new Decoded.Known<>(new CreditEvent(eventId, kind, in.required("entryId"),
                    in.optional("recipientSubject"), in.instant("occurredAt"), moved));
        } catch (MalformedEvent e) {
            return new Decoded.Malformed<>(e.getMessage());
        }
    }
}
