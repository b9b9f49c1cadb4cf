package cn.gov.platform.certificates.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

    @Test
    void acceptsTheStandardsExampleCreditCode() {
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y43")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "91350100M000100Y4", "91350100M000100I43", ""})
    void refusesCreditCodesWithAWrongCheckCharacterLengthOrAlphabet(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
    }

    @Test
    void numbersAreReadableAndZeroPadded() {
        assertThat(CertificateNumber.of("YYZZ", 2026, "640324100000", 42).value()).isEqualTo("YYZZ-2026-640324-000042");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "jy-2026-640324-000001", "JY-26-640324-000001", "JY-2026-640324-1", "JY-2026-640324-000001x"})
    void refusesMalformedNumbersNamingTheField(String value) {
        assertThatThrownBy(() -> new CertificateNumber(value))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.field()).isEqualTo("number"));
    }
}
