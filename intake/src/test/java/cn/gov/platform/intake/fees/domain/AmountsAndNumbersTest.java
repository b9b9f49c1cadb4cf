package cn.gov.platform.intake.fees.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.kernel.DomainViolation;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AmountsAndNumbersTest {

    @ParameterizedTest(name = "{0} yuan is {1} fen, written {2}")
    @CsvSource({"80,8000,80.00", "550,55000,550.00", "0.5,50,0.50", "1234.56,123456,1234.56"})
    void amountsAreKeptInFenAndWrittenInYuan(String yuan, long fen, String written) {
        assertThat(Yuan.toFen(new BigDecimal(yuan))).isEqualTo(fen);
        assertThat(Yuan.format(fen)).isEqualTo(written);
        assertThat(Yuan.parse(written, "amountYuan")).isEqualTo(fen);
    }

    @ParameterizedTest(name = "a provider amount of \"{0}\" is refused")
    @ValueSource(strings = {"-80.00", "80.001", "eighty", "", "1e3x"})
    void malformedProviderAmountsAreRefused(String text) {
        assertThatThrownBy(() -> Yuan.parse(text, "amountYuan")).isInstanceOfSatisfying(DomainViolation.class,
                e -> assertThat(e.code()).isEqualTo("INVALID_AMOUNT"));
    }

    @Test
    void paymentNumbersAreReadableCountyYearSerials() {
        PaymentNumber n = PaymentNumber.of("640324", 2026, 42);

        assertThat(n.value()).isEqualTo("JK640324-2026-0000042");
        assertThat(n.serial()).isEqualTo(42);
        assertThat(PaymentNumber.isWellFormed("JK640324-2026-0000042")).isTrue();
        assertThat(PaymentNumber.isWellFormed("640324-2026-0000042")).isFalse();
        assertThatThrownBy(() -> new PaymentNumber("JK1")).isInstanceOf(IllegalArgumentException.class);
    }
}
