package cn.gov.platform.credit.calendar.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.credit.common.domain.DueDateChange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalendarChangeTest {

    private static final Instant AT = Instant.parse("2026-12-10T02:00:00Z");

    @Test
    void theChangedYearsAreThoseWhoseVersionDiffersIncludingNewAndWithdrawnOnes() {
        CalendarChange change = CalendarChange.between(Map.of(2026, 1, 2027, 1, 2028, 1), Map.of(2026, 1, 2027, 2, 2029, 1), AT);

        assertThat(change.changedYears()).containsExactlyInAnyOrder(2027, 2028, 2029);
    }

    @Test
    void withNothingRecomputedBeforeEveryYearCountsAsChanged() {
        CalendarChange change = CalendarChange.between(null, Map.of(2026, 1), AT);

        assertThat(change.changedYears()).isNull();
        assertThat(change.touches(LocalDate.of(2040, 1, 2), LocalDate.of(2040, 1, 16))).isTrue();
    }

    @Test
    void aDeadlineIsTouchedOnlyWhenItsDaysReachIntoAChangedYear() {
        CalendarChange change = new CalendarChange(Set.of(2027), Map.of(2026, 1, 2027, 1), AT);

        assertThat(change.touches(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 5))).isTrue();
        assertThat(change.touches(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 16))).isFalse();
        assertThat(change.touches(LocalDate.of(2028, 1, 3), LocalDate.of(2028, 1, 17))).isFalse();
    }

    @Test
    void aMoveIsRecordedAgainstTheLatestChangedYearItsDaysReach() {
        CalendarChange change = new CalendarChange(Set.of(2026, 2027), Map.of(2026, 3, 2027, 1), AT);

        assertThat(change.record(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 6)))
                .isEqualTo(new DueDateChange(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 6), 2027, 1, AT));
        assertThat(change.record(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 15)))
                .isEqualTo(new DueDateChange(LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 15), 2026, 3, AT));
        // A year that became provisional again is recorded with version 0.
        CalendarChange withdrawn = new CalendarChange(Set.of(2028), Map.of(2026, 1), AT);
        assertThat(withdrawn.record(LocalDate.of(2028, 1, 3), LocalDate.of(2028, 1, 17), LocalDate.of(2028, 1, 18))
                .calendarVersion()).isZero();
    }

    @Test
    void anInstanceHoldingAnOlderVersionOfAnyYearIsBehind() {
        assertThat(CalendarChange.behind(Map.of(2026, 1), Map.of(2026, 1, 2027, 1))).isTrue();
        assertThat(CalendarChange.behind(Map.of(2026, 1, 2027, 1), Map.of(2026, 1, 2027, 2))).isTrue();
        assertThat(CalendarChange.behind(Map.of(2026, 1, 2027, 2), Map.of(2026, 1, 2027, 1))).isFalse();
        assertThat(CalendarChange.behind(Map.of(2026, 1, 2027, 1), Map.of(2026, 1))).isFalse();
    }
}
