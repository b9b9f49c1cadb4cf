package cn.gov.platform.kernel.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.kernel.DomainViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    @Test
    void acceptsTheExampleOfTheStandard() {
        assertThat(new UnifiedSocialCreditCode("91350100M000100Y43").value()).isEqualTo("91350100M000100Y43");
        assertThat(UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y43")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91640324MA76TX0DXL", "91110000600037341L", "12640324MB1234567N"})
    void acceptsCodesWithARegionAndACorrectCheckCharacter(String value) {
        assertThat(new UnifiedSocialCreditCode(value).toString()).isEqualTo(value);
    }

    @Test
    void upperCasesAndTrimsLowerCaseInput() {
        assertThat(UnifiedSocialCreditCode.parse(" 91640324ma76tx0dxl ", "creditCode").value())
                .isEqualTo("91640324MA76TX0DXL");
        assertThat(UnifiedSocialCreditCode.isValid("91640324ma76tx0dxl")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            91350100M000100Y44  | The check character of the credit code is wrong; compare it with the business licence.
            91640324MA76TX0DXA  | The check character of the credit code is wrong; compare it with the business licence.
            9135010AM000100Y4K  | Characters 3-8 of the credit code are the registering authority's region code.
            91350100M000100Y4   | A unified social credit code has 18 digits or capital letters (never I, O, Z, S or V).
            91350100M000100Y433 | A unified social credit code has 18 digits or capital letters (never I, O, Z, S or V).
            91350100M000100I43  | A unified social credit code has 18 digits or capital letters (never I, O, Z, S or V).
            913501O0M000100Y43  | A unified social credit code has 18 digits or capital letters (never I, O, Z, S or V).
            91350100S000100Y43  | A unified social credit code has 18 digits or capital letters (never I, O, Z, S or V).
            """)
    void refusesInvalidCodesSayingWhatIsWrongAndNamingTheField(String value, String why) {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(value, "holder.creditCode"))
                .isInstanceOfSatisfying(DomainViolation.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainViolation.Kind.INVALID);
                    assertThat(e.code()).isEqualTo("INVALID_CREDIT_CODE");
                    assertThat(e.field()).isEqualTo("holder.creditCode");
                    assertThat(e.userMessage().en()).isEqualTo(why);
                });
        assertThat(UnifiedSocialCreditCode.isValid(value)).isFalse();
    }

    @Test
    void theConstructorNamesTheUsualField() {
        assertThatThrownBy(() -> new UnifiedSocialCreditCode("")).isInstanceOfSatisfying(DomainViolation.class,
                e -> assertThat(e.field()).isEqualTo("creditCode"));
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(null, "creditCode")).isInstanceOf(DomainViolation.class);
    }
}
