package cn.gov.platform.certificates.signing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalTest {

    @Test
    void sortsKeysAtEveryLevelWhateverTheInsertionOrder() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("b", "2");
        a.put("a", Map.of("z", "1", "y", "0"));
        Map<String, Object> b = new HashMap<>();
        b.put("a", new LinkedHashMap<>(Map.of("y", "0", "z", "1")));
        b.put("b", "2");

        assertThat(Canonical.json(a)).isEqualTo("{\"a\":{\"y\":\"0\",\"z\":\"1\"},\"b\":\"2\"}")
                .isEqualTo(Canonical.json(b));
    }

    @Test
    void escapesQuotesControlCharactersAndKeepsChineseAsIs() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", "营业执照 \"甲\"\n\u0001");
        value.put("none", null);
        value.put("list", List.of("x", "y"));

        assertThat(Canonical.json(value))
                .isEqualTo("{\"list\":[\"x\",\"y\"],\"name\":\"营业执照 \\\"甲\\\"\\n\\u0001\",\"none\":null}");
    }

    @Test
    void refusesNumbersSoNoStoreCanReformatASignedValue() {
        assertThatThrownBy(() -> Canonical.json(Map.of("n", 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hashesWithSm3() {
        // GB/T 32905 example 1: SM3("abc").
        assertThat(DataHash.of("abc").hex())
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }
}
