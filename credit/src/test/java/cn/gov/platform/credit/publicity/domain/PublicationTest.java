package cn.gov.platform.credit.publicity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicationTest {

    private static Publication pending() {
        return new Publication("PERMIT-c", Publication.Kind.PERMIT, "e", "sub", null, null, null, "SCJG-002", "食品经营许可",
                "640324-2026-0000001", "APPROVED", null, null, "dept", "640324000000", null, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 11), List.of(), Publication.State.PENDING, null, 0, Instant.EPOCH, 0);
    }

    @Test
    void pendingIsOverdueAfterTheDueDateOnly() {
        assertThat(pending().overdueOn(LocalDate.of(2026, 3, 11))).isFalse();
        assertThat(pending().overdueOn(LocalDate.of(2026, 3, 12))).isTrue();
    }

    @Test
    void aPublicationMadeAfterTheDueDateStaysOnTheOverdueReportOneMadeInTimeDoesNot() {
        Publication late = pending().published(null, "李**", null, Instant.parse("2026-03-12T01:00:00Z"));
        Publication justLate = pending().published(null, "李**", null, Instant.parse("2026-03-11T16:30:00Z"));

        assertThat(late.overdueOn(LocalDate.of(2026, 4, 1))).isTrue();
        // 16:30 UTC on the 11th is already the 12th in China.
        assertThat(justLate.overdueOn(LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(pending().published(null, "李**", null, Instant.parse("2026-03-11T15:00:00Z"))
                .overdueOn(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(late.attempts()).isEqualTo(1);
        assertThat(late.state()).isEqualTo(Publication.State.PUBLISHED);
    }

    @Test
    void aPendingPublicationsDueDateFollowsTheCalendarLaterAndEarlierKeepingEachMove() {
        Publication later = pending().dueRecomputed(LocalDate.of(2026, 3, 13), 2026, 2, Instant.EPOCH).orElseThrow();
        Publication earlier = later.dueRecomputed(LocalDate.of(2026, 3, 10), 2026, 3, Instant.EPOCH).orElseThrow();

        assertThat(earlier.dueBy()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(earlier.dueByChanges()).extracting(c -> c.previousDue() + ">" + c.newDue() + "@" + c.calendarVersion())
                .containsExactly("2026-03-11>2026-03-13@2", "2026-03-13>2026-03-10@3");
        assertThat(earlier.version()).isEqualTo(2);
        assertThat(earlier.dueRecomputed(LocalDate.of(2026, 3, 10), 2026, 3, Instant.EPOCH)).isEmpty();
    }

    @Test
    void aPublishedOneKeepsTheDueDateItWasJudgedBy() {
        Publication published = pending().published(null, "李**", null, Instant.parse("2026-03-12T01:00:00Z"));

        assertThat(published.dueRecomputed(LocalDate.of(2026, 3, 13), 2026, 2, Instant.EPOCH)).isEmpty();
        assertThat(published.version()).isEqualTo(1);
    }
}
