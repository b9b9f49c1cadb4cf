package cn.gov.platform.notifications.messages.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PerNumberLimitsTest {

    private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");
    private final PerNumberLimits standard = new PerNumberLimits(List.of(
            new PerNumberLimits.Window(1, Duration.ofMinutes(1)),
            new PerNumberLimits.Window(5, Duration.ofHours(1)),
            new PerNumberLimits.Window(10, Duration.ofDays(1))));

    @Test
    void aNumberWithNoRecentSendsMayGetOneNow() {
        assertThat(standard.notBefore(List.of(), NOW)).isEmpty();
    }

    @Test
    void aSecondMessageWithinAMinuteWaitsUntilTheFirstIsAMinuteOld() {
        Instant first = NOW.minusSeconds(20);
        assertThat(standard.notBefore(List.of(first), NOW)).contains(first.plus(Duration.ofMinutes(1)));
        assertThat(standard.notBefore(List.of(NOW.minusSeconds(61)), NOW)).isEmpty();
    }

    @Test
    void aSixthMessageInAnHourWaitsUntilTheOldestOfTheFiveLeavesTheHour() {
        List<Instant> five = new ArrayList<>();
        for (int i = 5; i >= 1; i--) {
            five.add(NOW.minus(Duration.ofMinutes(10L * i)));
        }
        assertThat(standard.notBefore(five, NOW)).contains(NOW.minus(Duration.ofMinutes(50)).plus(Duration.ofHours(1)));
    }

    @Test
    void anEleventhMessageInADayWaitsForTheDayWindowEvenWhenTheHourIsFree() {
        List<Instant> ten = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            ten.add(NOW.minus(Duration.ofHours(2L * i)));
        }
        Instant oldest = NOW.minus(Duration.ofHours(20));
        assertThat(standard.notBefore(ten, NOW)).contains(oldest.plus(Duration.ofDays(1)));
    }

    @Test
    void whenSeveralWindowsAreFullTheLatestReleaseWins() {
        // One a minute ago-ish (minute window full) and five in the hour (hour window full).
        List<Instant> sends = List.of(NOW.minusSeconds(10), NOW.minus(Duration.ofMinutes(5)), NOW.minus(Duration.ofMinutes(15)),
                NOW.minus(Duration.ofMinutes(25)), NOW.minus(Duration.ofMinutes(35)));
        assertThat(standard.notBefore(sends, NOW)).contains(NOW.minus(Duration.ofMinutes(35)).plus(Duration.ofHours(1)));
    }

    @Test
    void theHorizonIsTheLongestWindow() {
        assertThat(standard.horizon()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void aNewMessageWithNobodyWaitingGoesNowWhenTheCapsAllow() {
        assertThat(standard.place(List.of(NOW.minusSeconds(61)), List.of(), Optional.empty(), NOW)).isEqualTo(NOW);
    }

    @Test
    void aNewMessageWithNobodyWaitingIsGivenTheMomentTheCapsAllow() {
        Instant sent = NOW.minusSeconds(20);
        assertThat(standard.place(List.of(sent), List.of(), Optional.empty(), NOW)).isEqualTo(sent.plusSeconds(60));
    }

    @Test
    void messagesWaitingForOneNumberGetOnePlaceEachInOrder() {
        Instant sent = NOW.minusSeconds(20);
        List<Instant> waiting = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            waiting.add(standard.place(List.of(sent), List.copyOf(waiting), Optional.empty(), NOW));
        }
        // One a minute after the send (and a second to spare behind another place), then the hour cap
        // (5) keeps the sixth send an hour after the first.
        assertThat(waiting).containsExactly(sent.plusSeconds(60), sent.plusSeconds(121), sent.plusSeconds(182),
                sent.plusSeconds(243));
        assertThat(standard.place(List.of(sent), waiting, Optional.empty(), NOW))
                .isEqualTo(sent.plus(Duration.ofHours(1)).plus(PerNumberLimits.LATE_ALLOWANCE));
    }

    @Test
    void aMessageWokenBeforeItsPlaceWaitsForIt() {
        Instant mine = NOW.plusSeconds(90);
        assertThat(standard.place(List.of(), List.of(NOW.plusSeconds(30)), Optional.of(mine), NOW)).isEqualTo(mine);
    }

    @Test
    void aMessageWhosePlaceHasComeGoesEvenWithOthersWaitingBehindIt() {
        assertThat(standard.place(List.of(NOW.minusSeconds(70)), List.of(NOW.plusSeconds(60), NOW.plusSeconds(120)),
                Optional.of(NOW.minusSeconds(1)), NOW)).isEqualTo(NOW);
    }

    @Test
    void aMessageWhosePlaceHasComeIsStillCheckedAgainstWhatWasSent() {
        // Another message went late, 10 s ago: this one waits a minute from that send, not from its plan.
        Instant late = NOW.minusSeconds(10);
        assertThat(standard.place(List.of(late), List.of(), Optional.of(NOW.minusSeconds(5)), NOW))
                .isEqualTo(late.plusSeconds(60));
    }

    @Test
    void placesThatCameAndWentUnusedDoNotHoldUpANewMessage() {
        // A waiting place in the past (its message is late or gone) is not a send.
        assertThat(standard.place(List.of(), List.of(NOW.minusSeconds(30)), Optional.empty(), NOW)).isEqualTo(NOW);
    }
}
