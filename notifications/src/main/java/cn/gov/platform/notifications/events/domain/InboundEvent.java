package cn.gov.platform.notifications.events.domain;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One entry of a platform stream, as its fields came (docs/architecture.md, "Contracts"). */
public record InboundEvent(String stream, String eventId, String type, Map<String, String> fields) {

    public InboundEvent {
        fields = Map.copyOf(fields);
    }

    public @Nullable String field(String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
