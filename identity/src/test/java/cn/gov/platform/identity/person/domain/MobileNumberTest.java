package cn.gov.platform.identity.person.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.kernel.DomainViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "15012345678", "18612345678", "19912345678", "17712345678", "16612345678"})
    void acceptsMainlandMobileNumbers(String value) {
        assertThat(new MobileNumber(value).value()).isEqualTo(value);
    }

    @Test
    void dropsTheCountryCodeAndSeparators() {
        assertThat(MobileNumber.parse("+86 138-1234-5678", "phone").value()).isEqualTo("13812345678");
        assertThat(MobileNumber.parse("8613812345678", "phone").value()).isEqualTo("13812345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678901", "1381234567", "138123456789", "10012345678", "14012345678",
            "0953-5012345", "1381234567a", ""})
    void refusesWhatIsNotAMainlandMobileNumber(String value) {
        assertThatThrownBy(() -> MobileNumber.parse(value, "phone"))
                .isInstanceOfSatisfying(DomainViolation.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_PHONE");
                    assertThat(e.field()).isEqualTo("phone");
                });
    }

    @Test
    void isMaskedWhenPrinted() {
        assertThat(new MobileNumber("13812345678").toString()).isEqualTo("138****5678");
    }
}
