package cn.gov.platform.events;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reading an entry's fields: a blank value counts as absent, a required one that is absent is malformed. */
public final class EntryFields {

    private final Map<String, String> fields;

    private EntryFields(Map<String, String> fields) {
        this.fields = fields;
    }

    public static EntryFields of(Map<String, String> fields) {
        return new EntryFields(fields);
    }

    public @Nullable String optional(String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    public String required(String name) {
        String value = optional(name);
        if (value == null) {
            throw new MalformedEvent("field " + name + " is missing");
        }
        return value;
    }

    public Instant instant(String name) {
        String value = required(name);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new MalformedEvent("field " + name + " is not an ISO-8601 instant: " + value);
        }
    }
}
