package cn.gov.platform.intake.followup.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LockoutTest {

    private final Lockout rule = Lockout.standard();

    @Test
    void nineWrongTriesLeaveOneMore() {
        assertThat(rule.check(9, Duration.ofMinutes(40))).isEqualTo(new Lockout.Open(1));
        assertThat(rule.check(0, Duration.ZERO)).isEqualTo(new Lockout.Open(10));
    }

    @Test
    void theTenthWrongTryLocksTheNumberForWhatIsLeftOfTheHour() {
        assertThat(rule.locksNow(10)).isTrue();
        assertThat(rule.locksNow(9)).isFalse();
        assertThat(rule.locksNow(11)).as("counted once, when it locks").isFalse();
        assertThat(rule.check(10, Duration.ofMinutes(37))).isEqualTo(new Lockout.Locked(Duration.ofMinutes(37)));
        assertThat(rule.check(25, Duration.ofSeconds(90))).isEqualTo(new Lockout.Locked(Duration.ofSeconds(90)));
    }

    @Test
    void aLockWithAnUnknownRemainderWaitsTheWholeWindowAndNeverLessThanASecond() {
        assertThat(rule.check(10, Duration.ZERO)).isEqualTo(new Lockout.Locked(Duration.ofHours(1)));
        assertThat(rule.check(10, Duration.ofMillis(200))).isEqualTo(new Lockout.Locked(Duration.ofSeconds(1)));
        assertThat(rule.check(10, Duration.ofHours(5))).isEqualTo(new Lockout.Locked(Duration.ofHours(1)));
    }
}
