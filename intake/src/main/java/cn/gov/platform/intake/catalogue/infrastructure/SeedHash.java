package cn.gov.platform.intake.catalogue.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SHA-256 of a seed item's canonical JSON: keys sorted, nulls left out, arrays in their order.
 * Reformatting the seed file, reordering its keys or adding a field that is absent from an item
 * leaves the hash as it was; changing any value changes it.
 */
final class SeedHash {

    private SeedHash() {
    }

    static String of(Object seedItem, JsonMapper json) {
        String canonical = json.writeValueAsString(canonical(json.valueToTree(seedItem)));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static Object canonical(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> sorted = new TreeMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!field.getValue().isNull()) {
                    sorted.put(field.getKey(), canonical(field.getValue()));
                }
            }
            return sorted;
        }
        if (node.isArray()) {
            List<Object> values = new ArrayList<>();
            node.forEach(value -> values.add(canonical(value)));
            return values;
        }
        return node;
    }
}
