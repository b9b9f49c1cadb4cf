package cn.gov.platform.identity.enterprise.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.support.problem.PlatformException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    @Test
    void acceptsTheExampleOfTheStandard() {
        assertThat(new UnifiedSocialCreditCode("91350100M000100Y43").value()).isEqualTo("91350100M000100Y43");
        assertThat(UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void acceptsTheDemoTongxinCodeAndLowerCaseInput() {
        assertThat(UnifiedSocialCreditCode.parse("91640324ma76tx0dxl", "creditCode").value())
                .isEqualTo("91640324MA76TX0DXL");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y44", // wrong check character
            "91350100M000100Y4",  // 17 characters
            "91350100M000100I43", // I is not in the alphabet
            "913501O0M000100Y43", // letter O in the region code
            "9135010AM000100Y43", // region code not all digits
            ""})
    void refusesInvalidCodes(String value) {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(value, "creditCode"))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_CREDIT_CODE");
                    assertThat(e.field()).isEqualTo("creditCode");
                });
    }
}
