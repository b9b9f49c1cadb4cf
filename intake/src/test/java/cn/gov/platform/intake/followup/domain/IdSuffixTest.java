package cn.gov.platform.intake.followup.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.kernel.DomainViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IdSuffixTest {

    @ParameterizedTest
    @ValueSource(strings = {"123456", "00001X", "01001x", " 170017 ", "99999X"})
    void acceptsFiveDigitsAndADigitOrXAsTheCheckCharacter(String typed) {
        assertThat(IdSuffix.parse(typed).value()).matches("[0-9]{5}[0-9X]");
    }

    @Test
    void readsALowerCaseXAsX() {
        assertThat(IdSuffix.parse("01001x").value()).isEqualTo("01001X");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "1234567", "1234X5", "X12345", "12345Y", "１２３４５６", "12 345", "abcdef"})
    void refusesAnythingElseNamingTheFieldIdSuffix(String typed) {
        assertThatThrownBy(() -> IdSuffix.parse(typed)).isInstanceOfSatisfying(DomainViolation.class, v -> {
            assertThat(v.kind()).isEqualTo(DomainViolation.Kind.INVALID);
            assertThat(v.field()).isEqualTo("idSuffix");
            assertThat(v.code()).isEqualTo("INVALID_ID_SUFFIX");
        });
    }

    @Test
    void takesTheLastSixCharactersOfAnIdNumber() {
        assertThat(IdSuffix.of("64032419900101001X")).contains(new IdSuffix("01001X"));
        assertThat(IdSuffix.of("640324199001010017")).contains(new IdSuffix("010017"));
        assertThat(IdSuffix.of("91640324MA7")).isEmpty();
    }

    @Test
    void neverShowsItselfInAString() {
        assertThat(IdSuffix.parse("01001X").toString()).doesNotContain("01001X");
    }
}
