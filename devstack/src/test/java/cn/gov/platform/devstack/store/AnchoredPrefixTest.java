package cn.gov.platform.devstack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnchoredPrefixTest {

    @ParameterizedTest(name = "{0} with options [{1}] requires the prefix [{2}]")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "^abc        |      | abc",
        "^abc.*      |      | abc",
        "^ab*        |      | a",
        "^ab+c       |      | a",
        "^ab?        |      | a",
        "^ab{2}      |      | a",
        "^a.c        |      | a",
        "^a\\.c      |      | a.c",
        "^\\d+       |      | NONE",
        "abc         |      | NONE",
        "^abc|^xyz   |      | NONE",
        "^abc        | i    | NONE",
        "^abc        | m    | NONE",
        "^abc        | x    | NONE",
        "^abc        | s    | abc",
        "^[ab]c      |      | NONE",
        "^\\[ab      |      | NONE",
        "^(ab)       |      | NONE",
        "^           |      | NONE",
    })
    void findsTheLiteralTextAnExpressionRequiresAtTheStart(String pattern, String options, String prefix) {
        assertThat(AnchoredPrefix.of(pattern, options)).isEqualTo(prefix);
    }

    @ParameterizedTest
    @CsvSource({"640521-2026-", "a.b*c", "a\\Eb", "[x"})
    void readsWhatPatternQuoteMakesOfAnyText(String text) {
        String expected = text.startsWith("[") ? null : text;
        assertThat(AnchoredPrefix.of("^" + Pattern.quote(text), "")).isEqualTo(expected);
    }
}
