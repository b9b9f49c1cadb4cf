package cn.gov.platform.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Writing a payload: every value as text, lists comma-separated, absent values left out. */
public final class PayloadWriter {

    private final Map<String, String> values = new LinkedHashMap<>();

    public PayloadWriter put(String name, Object value) {
        values.put(name, String.valueOf(value));
        return this;
    }

    public PayloadWriter putIfPresent(String name, @Nullable Object value) {
        if (value != null) {
            put(name, value);
        }
        return this;
    }

    public PayloadWriter list(String name, List<String> list) {
        values.put(name, String.join(",", list));
        return this;
    }

    public PayloadWriter listIfNotEmpty(String name, List<String> list) {
        if (!list.isEmpty()) {
            list(name, list);
        }
        return this;
    }

    public Map<String, String> values() {
        return Collections.unmodifiableMap(values);
    }
}
