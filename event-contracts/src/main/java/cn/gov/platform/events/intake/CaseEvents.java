package cn.gov.platform.events.intake;

import cn.gov.platform.events.Decoded;
import cn.gov.platform.events.EntryFields;
import cn.gov.platform.events.EventStream;
import cn.gov.platform.events.EventType;
import cn.gov.platform.events.MalformedEvent;
import cn.gov.platform.events.Payload;
import cn.gov.platform.events.PayloadJson;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The contract of {@code intake.case-events}. An entry's fields: {@code eventId}, {@code type},
 * then what the event is about ({@code caseId}, {@code caseNumber}, {@code itemCode},
 * {@code applicantSubject}, {@code agentSubject}, {@code recipientSubject}: each left out when the
 * event has none), {@code division}, {@code department}, {@code occurredAt} (ISO-8601) and
 * {@code payload} (a JSON object of strings, see {@link IntakePayload}).
 */
public final class CaseEvents implements EventStream<IntakeEvent> {

    public static final String STREAM = "intake.case-events";
    public static final CaseEvents CONTRACT = new CaseEvents();

    private CaseEvents() {
    }

    @Override
    public String name() {
        return STREAM;
    }

    @Override
    public List<EventType> types() {
        return IntakePayload.types();
    }

    @Override
    public Map<String, String> encode(IntakeEvent e) {
        About a = e.about();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("eventId", e.eventId());
        fields.put("type", e.type());
        putIfPresent(fields, "caseId", a.caseId());
        putIfPresent(fields, "caseNumber", a.caseNumber());
        putIfPresent(fields, "itemCode", a.itemCode());
        putIfPresent(fields, "applicantSubject", a.applicantSubject());
        putIfPresent(fields, "agentSubject", a.agentSubject());
        putIfPresent(fields, "recipientSubject", a.recipientSubject());
        putIfPresent(fields, "division", a.division());
        putIfPresent(fields, "department", a.department());
        fields.put("occurredAt", e.occurredAt().toString());
        fields.put("payload", PayloadJson.write(e.payload().values()));
        return fields;
    }

    @Override
    public Decoded<IntakeEvent> decode(Map<String, String> fields) {
        EntryFields in = EntryFields.of(fields);
        try {
            String eventId = in.required("eventId");
            String type = in.required("type");
            if (!IntakePayload.knows(type)) {
                return new Decoded.UnknownType<>(eventId, type);
            }
            IntakePayload payload = IntakePayload.read(type,
                    Payload.of(PayloadJson.read(fields.getOrDefault("payload", "")))).orElseThrow();
            Instant at = in.instant("occurredAt");
            About about = new About(in.optional("caseId"), in.optional("caseNumber"), in.optional("itemCode"),
                    in.optional("applicantSubject"), in.optional("agentSubject"), in.optional("recipientSubject"),
                    in.optional("division"), in.optional("department"));
            return new Decoded.Known<>(new IntakeEvent(eventId, at, about, payload));
        } catch (MalformedEvent e) {
            return new Decoded.Malformed<>(e.getMessage());
        }
    }

    /**
     * An event as its producer stored it in an outbox, before it is relayed: the fields of
     * {@link About}, and the payload's values as written by {@link IntakePayload#values()}.
     */
    public IntakeEvent fromStored(String eventId, String type, Instant occurredAt, About about,
            Map<String, String> payload) {
        return new IntakeEvent(eventId, occurredAt, about, IntakePayload.read(type, Payload.of(payload))
                .orElseThrow(() -> new MalformedEvent("type " + type + " is not in the contract")));
    }

    private static void putIfPresent(Map<String, String> fields, String name, @Nullable String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }
}
