package cn.gov.platform.events.certificates;

import cn.gov.platform.events.Decoded;
import cn.gov.platform.events.EntryFields;
import cn.gov.platform.events.EventStream;
import cn.gov.platform.events.EventType;
import cn.gov.platform.events.MalformedEvent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The contract of {@code certificates.events}. An entry's fields: {@code eventId}, {@code type},
 * {@code number}, {@code typeCode}, {@code holderSubject}, {@code occurredAt} (ISO-8601) and, for a
 * status change that gave one, {@code reason}; no payload field.
 */
public final class CertificateEvents implements EventStream<CertificateEvent> {

    public static final String STREAM = "certificates.events";
    public static final CertificateEvents CONTRACT = new CertificateEvents();
    private static final List<EventType> TYPES = Arrays.stream(CertificateEvent.Type.values())
            .map(t -> new EventType(t.name(), 1)).toList();

    private CertificateEvents() {
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
    public Map<String, String> encode(CertificateEvent e) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("eventId", e.eventId());
        fields.put("type", e.type());
        putIfPresent(fields, "number", e.number());
        putIfPresent(fields, "typeCode", e.typeCode());
        putIfPresent(fields, "holderSubject", e.holderSubject());
        fields.put("occurredAt", e.occurredAt().toString());
        putIfPresent(fields, "reason", e.reason());
        return fields;
    }

    @Override
    public Decoded<CertificateEvent> decode(Map<String, String> fields) {
        EntryFields in = EntryFields.of(fields);
        try {
            String eventId = in.required("eventId");
            String type = in.required("type");
            CertificateEvent.Type kind = CertificateEvent.Type.named(type);
            if (kind == null) {
                return new Decoded.UnknownType<>(eventId, type);
            }
            return new Decoded.Known<>(new CertificateEvent(eventId, kind, in.optional("number"),
                    in.optional("typeCode"), in.optional("holderSubject"), in.instant("occurredAt"),
                    in.optional("reason")));
        } catch (MalformedEvent e) {
            return new Decoded.Malformed<>(e.getMessage());
        }
    }

    private static void putIfPresent(Map<String, String> fields, String name, @Nullable String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }
}
