package cn.gov.platform.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The values of one event's payload, read by name. Payload values are optional when read (an
 * older producer may not have written one); a value that is there but does not parse is malformed.
 */
public final class Payload {

    private final Map<String, String> values;

    private Payload(Map<String, String> values) {
        this.values = values;
    }

    public static Payload of(Map<String, String> values) {
        return new Payload(values);
    }

    public @Nullable String text(String name) {
        String value = values.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    public @Nullable LocalDate date(String name) {
        String value = text(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new MalformedEvent("payload " + name + " is not an ISO date: " + value);
        }
    }

    public @Nullable Integer integer(String name) {
        String value = text(name);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new MalformedEvent("payload " + name + " is not a number: " + value);
        }
    }

    /** {@code "true"} is true; anything else, and absence, is false. */
    public boolean flag(String name) {
        return "true".equals(values.get(name));
    }

    /** A comma-separated list; empty when absent or empty. */
    public List<String> list(String name) {
        List<String> list = listOrNull(name);
        return list == null ? List.of() : list;
    }

    /** A comma-separated list; null when absent (an empty value is an empty list). */
    public @Nullable List<String> listOrNull(String name) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        return value.isEmpty() ? List.of() : Arrays.asList(value.split(",", -1));
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }
}
