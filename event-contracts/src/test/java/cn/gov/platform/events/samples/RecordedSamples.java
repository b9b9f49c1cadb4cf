package cn.gov.platform.events.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stream entries as the producers wrote them before the typed contracts (copied from the relays'
 * output while the services' integration tests ran): every one must still decode, so that a
 * running older producer and a newer consumer understand each other. One JSON object of fields per
 * line in {@code samples/<stream>.v1.jsonl}.
 */
public final class RecordedSamples {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RecordedSamples() {
    }

    /** The recorded entries of {@code stream}, in the order they were written. */
    public static List<Map<String, String>> of(String stream) {
        String resource = "/samples/" + stream + ".v1.jsonl";
        List<Map<String, String>> entries = new ArrayList<>();
        try (InputStream in = RecordedSamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no recorded samples at " + resource);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                Map<String, String> fields = new LinkedHashMap<>();
                node.properties().forEach(p -> fields.put(p.getKey(), p.getValue().asString()));
                entries.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** The recorded entries of {@code stream} of one type. */
    public static List<Map<String, String>> of(String stream, String type) {
        return of(stream).stream().filter(f -> type.equals(f.get("type"))).toList();
    }
}
