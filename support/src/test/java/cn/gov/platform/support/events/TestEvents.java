package cn.gov.platform.support.events;

import cn.gov.platform.events.Decoded;
import cn.gov.platform.events.EntryFields;
import cn.gov.platform.events.EventStream;
import cn.gov.platform.events.EventType;
import cn.gov.platform.events.MalformedEvent;
import cn.gov.platform.events.PlatformEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A stream contract of the tests' own: types {@code Ping} and {@code Pong}, one field {@code value}. */
final class TestEvents implements EventStream<TestEvents.TestEvent> {

    record TestEvent(String eventId, String type, Instant occurredAt, String value) implements PlatformEvent {
    }

    private final String stream;

    TestEvents(String stream) {
        this.stream = stream;
    }

    static TestEvent ping(String eventId, String value) {
        return new TestEvent(eventId, "Ping", Instant.parse("2026-03-10T02:00:00Z"), value);
    }

    @Override
    public String name() {
        return stream;
    }

    @Override
    public List<EventType> types() {
        return List.of(new EventType("Ping", 1), new EventType("Pong", 1));
    }

    @Override
    public Map<String, String> encode(TestEvent e) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("eventId", e.eventId());
        f.put("type", e.type());
        f.put("occurredAt", e.occurredAt().toString());
        f.put("value", e.value());
        return f;
    }

    @Override
    public Decoded<TestEvent> decode(Map<String, String> fields) {
        EntryFields in = EntryFields.of(fields);
        try {
            String eventId = in.required("eventId");
            String type = in.required("type");
            if (!type.equals("Ping") && !type.equals("Pong")) {
                return new Decoded.UnknownType<>(eventId, type);
            }
            return new Decoded.Known<>(new TestEvent(eventId, type, in.instant("occurredAt"), in.required("value")));
        } catch (MalformedEvent e) {
            return new Decoded.Malformed<>(e.getMessage());
        }
    }
}
