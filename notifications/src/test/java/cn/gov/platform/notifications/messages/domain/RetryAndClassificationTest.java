package cn.gov.platform.notifications.messages.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryAndClassificationTest {

    private final RetryPolicy policy = new RetryPolicy(4, Duration.ofSeconds(5), 2.0, Duration.ofSeconds(15));

    @Test
    void transientFailuresBackOffExponentiallyUpToTheCeiling() {
        assertThat(policy.nextDelay(1, FailureKind.TRANSIENT)).contains(Duration.ofSeconds(5));
        assertThat(policy.nextDelay(2, FailureKind.TRANSIENT)).contains(Duration.ofSeconds(10));
        assertThat(policy.nextDelay(3, FailureKind.TRANSIENT)).contains(Duration.ofSeconds(15));
    }

    @Test
    void afterTheLastAttemptTheMessageIsGivenUp() {
        assertThat(policy.nextDelay(4, FailureKind.TRANSIENT)).isEmpty();
    }

    @Test
    void aPermanentFailureIsNeverRetried() {
        assertThat(policy.nextDelay(1, FailureKind.PERMANENT)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "400, INVALID_NUMBER, PERMANENT",
            "400, null, PERMANENT",
            "422, null, PERMANENT",
            "404, null, PERMANENT",
            "200, UNDELIVERABLE, PERMANENT",
            "429, null, TRANSIENT",
            "500, null, TRANSIENT",
            "503, INVALID_NUMBER, PERMANENT",
            "503, null, TRANSIENT",
            "401, null, TRANSIENT",
            "403, null, TRANSIENT"})
    void providerAnswersAreClassifiedByWhetherTheMessageOrTheProviderIsAtFault(int status, String code, FailureKind kind) {
        assertThat(ProviderFailures.classify(status, code)).isEqualTo(kind);
    }

    @Test
    void noAnswerAtAllIsTransient() {
        assertThat(ProviderFailures.noAnswer()).isEqualTo(FailureKind.TRANSIENT);
    }

    @Test
    void aPhoneNumberPrintsMasked() {
        Phone phone = new Phone("13812345678");
        assertThat(phone.toString()).isEqualTo("138****5678").doesNotContain("1234");
        assertThat(Phone.isValid("12812345678")).isFalse();
        assertThat(Phone.isValid("1381234567")).isFalse();
    }
}
