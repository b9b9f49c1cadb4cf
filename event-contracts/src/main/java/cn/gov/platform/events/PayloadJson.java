package cn.gov.platform.events;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code payload} field of intake's stream: a JSON object whose values are strings. Read
 * tolerantly: a number or boolean is read as its text, a nested value as its JSON, an absent or
 * empty payload as no values; anything but an object is malformed.
 */
public final class PayloadJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PayloadJson() {
    }

    public static String write(Map<String, String> values) {
        return JSON.writeValueAsString(values);
    }

    public static Map<String, String> read(String json) {
        Map<String, String> values = new LinkedHashMap<>();
        if (json.isBlank()) {
            return values;
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new MalformedEvent("payload is not JSON");
        }
        if (!node.isObject()) {
            throw new MalformedEvent("payload is not a JSON object");
        }
        for (Map.Entry<String, JsonNode> p : node.properties()) {
            JsonNode v = p.getValue();
            if (!v.isNull()) {
                values.put(p.getKey(), v.isValueNode() ? v.asString() : v.toString());
            }
        }
        return values;
    }
}
