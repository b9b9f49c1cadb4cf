package cn.gov.platform.gateway.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The portal's modules each add their own words to one dictionary when they load (i18n.js
 * {@code words}), which refuses a key defined twice with different words: one such key stops every
 * module from loading and the portal shows nothing. This finds it at build time instead.
 */
class PortalWordsTest {

    private static final Path STATIC = Path.of("src/main/resources/static");
    /** {@code words({ ... });} blocks, and each {@code key: ['中文', 'English']} inside them. */
    private static final Pattern BLOCK = Pattern.compile("(?s)\\bwords\\(\\{(.*?)\\}\\);");
    private static final Pattern ENTRY = Pattern.compile("\\b(\\w+): \\[('(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"), "
            + "('(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\")\\]");

    @Test
    void noKeyIsGivenTwoDifferentWordsByTwoModules() throws IOException {
        Map<String, String> words = new HashMap<>();
        Map<String, String> where = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        int entries = 0;
        try (Stream<Path> files = Files.list(STATIC)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".js")).sorted().toList()) {
                Matcher block = BLOCK.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (block.find()) {
                    Matcher entry = ENTRY.matcher(block.group(1));
                    while (entry.find()) {
                        entries++;
                        String key = entry.group(1);
                        String value = entry.group(2) + "," + entry.group(3);
                        String earlier = words.putIfAbsent(key, value);
                        if (earlier != null && !earlier.equals(value)) {
                            clashes.add(key + " in " + where.get(key) + " and " + file.getFileName());
                        }
                        where.putIfAbsent(key, file.getFileName().toString());
                    }
                }
            }
        }
        assertThat(entries).as("the modules' words were found").isGreaterThan(300);
        assertThat(clashes).as("keys defined twice with different words").isEmpty();
    }
}
