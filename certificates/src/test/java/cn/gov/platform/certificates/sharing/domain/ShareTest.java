package cn.gov.platform.certificates.sharing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ShareTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    private Share share(LocalDate from, LocalDate until) {
        return Share.grant("s-1", "JY-2026-640324-000001", "holder", "county-transport", "办理道路运输经营许可",
                from, until, TODAY, NOW);
    }

    @Test
    void allowsOnlyTheNamedDepartmentWithinThePeriodInclusive() {
        Share share = share(TODAY, TODAY.plusDays(30));

        assertThat(share.allows("county-transport", TODAY)).isTrue();
        assertThat(share.allows("county-transport", TODAY.plusDays(30))).isTrue();
        assertThat(share.allows("county-transport", TODAY.plusDays(31))).isFalse();
        assertThat(share.allows("county-transport", TODAY.minusDays(1))).isFalse();
        assertThat(share.allows("county-health", TODAY)).isFalse();
    }

    @Test
    void aWithdrawnShareAllowsNothingAndWithdrawingTwiceKeepsTheFirstTime() {
        Share withdrawn = share(TODAY, TODAY.plusDays(30)).withdraw(NOW);

        assertThat(withdrawn.allows("county-transport", TODAY)).isFalse();
        assertThat(withdrawn.withdraw(NOW.plusSeconds(60)).withdrawnAt()).isEqualTo(NOW);
    }

    @Test
    void refusesAPeriodInThePastReversedOrLongerThanAYear() {
        assertThatThrownBy(() -> share(TODAY.minusDays(1), TODAY))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.code()).isEqualTo("PERIOD_IN_PAST"));
        assertThatThrownBy(() -> share(TODAY.plusDays(2), TODAY.plusDays(1)))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.code()).isEqualTo("PERIOD_REVERSED"));
        assertThatThrownBy(() -> share(TODAY, TODAY.plusDays(Share.MAX_DAYS)))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.code()).isEqualTo("PERIOD_TOO_LONG"));
        assertThat(share(TODAY, TODAY.plusDays(Share.MAX_DAYS - 1)).until()).isEqualTo(TODAY.plusDays(365));
    }

    @Test
    void needsAPurposeAndAWellFormedDepartment() {
        assertThatThrownBy(() -> Share.grant("s", "n", "h", "County Transport", "x", TODAY, TODAY, TODAY, NOW))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.field()).isEqualTo("department"));
        assertThatThrownBy(() -> Share.grant("s", "n", "h", "county-transport", " ", TODAY, TODAY, TODAY, NOW))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.field()).isEqualTo("purpose"));
    }
}
