package cn.gov.platform.notifications.messages.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
    private final QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), COUNTY);

    private static Instant local(String dateTime) {
        return java.time.LocalDateTime.parse(dateTime).atZone(COUNTY).toInstant();
    }

    @Test
    void lateEveningWaitsUntilSevenNextMorning() {
        assertThat(night.deferUntil(local("2026-11-22T23:30:00"))).contains(local("2026-11-23T07:00:00"));
        assertThat(night.deferUntil(local("2026-11-22T22:00:00"))).contains(local("2026-11-23T07:00:00"));
    }

    @Test
    void earlyMorningWaitsUntilSevenTheSameDay() {
        assertThat(night.deferUntil(local("2026-11-23T03:15:00"))).contains(local("2026-11-23T07:00:00"));
    }

    @Test
    void daytimeGoesNowIncludingTheFirstMinuteAfterTheWindow() {
        assertThat(night.deferUntil(local("2026-11-23T07:00:00"))).isEmpty();
        assertThat(night.deferUntil(local("2026-11-23T14:00:00"))).isEmpty();
        assertThat(night.deferUntil(local("2026-11-23T21:59:59"))).isEmpty();
    }

    @Test
    void aWindowWithinOneDayWorksToo() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0), COUNTY);
        assertThat(lunch.deferUntil(local("2026-11-23T12:30:00"))).contains(local("2026-11-23T14:00:00"));
        assertThat(lunch.deferUntil(local("2026-11-23T14:00:00"))).isEmpty();
        assertThat(lunch.deferUntil(local("2026-11-23T11:59:00"))).isEmpty();
    }

    @Test
    void startEqualToEndMeansNoQuietHours() {
        QuietHours none = QuietHours.none(COUNTY);
        assertThat(none.isEnabled()).isFalse();
        assertThat(none.deferUntil(local("2026-11-23T03:00:00"))).isEmpty();
    }

    @Test
    void theWindowIsCountyTimeWhateverTheServersZone() {
        // 15:30 UTC is 23:30 in the county.
        assertThat(night.deferUntil(Instant.parse("2026-11-22T15:30:00Z"))).contains(Instant.parse("2026-11-22T23:00:00Z"));
    }
}
