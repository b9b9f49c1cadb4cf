package cn.gov.platform.intake.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecomputationTest {

    static final Instant AT = Instant.parse("2026-12-24T02:00:00Z");
    static final List<String> SOURCES = List.of("cases", "complaints");

    @Test
    void aJobWorksThroughEverySourceInOrderKeepingItsPlaceAndItsCounts() {
        Recomputation job = Recomputation.open(new CalendarStamp(2027, 2), AT);
        assertThat(job.id()).isEqualTo("2027:2");
        assertThat(job.state()).isEqualTo(RecomputationState.PENDING);

        Recomputation started = job.start(SOURCES, AT);
        assertThat(started.source()).isEqualTo("cases");
        assertThat(started.start(SOURCES, AT.plusSeconds(60))).as("a running job is taken over as it is")
                .isEqualTo(started);

        Recomputation half = started.advance("c-20", 20, 3).advance("c-35", 15, 1);
        assertThat(half.cursor()).isEqualTo("c-35");
        assertThat(half.examined()).isEqualTo(35);
        assertThat(half.changed()).isEqualTo(4);

        Recomputation complaints = half.sourceDone(SOURCES, AT);
        assertThat(complaints.source()).isEqualTo("complaints");
        assertThat(complaints.cursor()).as("from the start of the next source").isNull();

        Recomputation done = complaints.advance("k-1", 1, 1).sourceDone(SOURCES, AT.plusSeconds(5));
        assertThat(done.state()).isEqualTo(RecomputationState.DONE);
        assertThat(done.finishedAt()).isEqualTo(AT.plusSeconds(5));
        assertThat(done.examined()).isEqualTo(36);
        assertThat(done.changed()).isEqualTo(5);
        assertThatThrownBy(() -> done.advance("k-2", 1, 0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aNewerVersionSupersedesAJobNotYetDoneButNotOneThatIs() {
        Recomputation running = Recomputation.open(new CalendarStamp(2027, 1), AT).start(SOURCES, AT);
        assertThat(running.supersede(AT).state()).isEqualTo(RecomputationState.SUPERSEDED);
        assertThat(Recomputation.open(new CalendarStamp(2027, 1), AT).supersede(AT).state())
                .isEqualTo(RecomputationState.SUPERSEDED);

        Recomputation done = running.sourceDone(SOURCES, AT).sourceDone(SOURCES, AT);
        assertThatThrownBy(() -> done.supersede(AT)).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @EnumSource(RecomputationState.class)
    void theStateMachineAllowsExactlyItsTransitions(RecomputationState from) {
        for (RecomputationState to : RecomputationState.values()) {
            boolean allowed = switch (from) {
                case PENDING -> to == RecomputationState.RUNNING || to == RecomputationState.SUPERSEDED;
                case RUNNING -> to == RecomputationState.DONE || to == RecomputationState.SUPERSEDED;
                case DONE, SUPERSEDED -> false;
            };
            assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(allowed);
        }
        assertThat(from.isFinished()).isEqualTo(from == RecomputationState.DONE || from == RecomputationState.SUPERSEDED);
    }

    @Test
    void onlyAPublishedVersionIsRecomputedTo() {
        assertThatThrownBy(() -> new CalendarStamp(2027, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDateToldToTheApplicantMovesOnlyLaterAStaffDateEitherWay() {
        LocalDate told = LocalDate.of(2027, 1, 5);
        for (DeadlineChange.Kind kind : DeadlineChange.Kind.values()) {
            assertThat(kind.settle(told, told.plusDays(1))).as(kind + " later").isEqualTo(told.plusDays(1));
            assertThat(kind.settle(told, told.minusDays(1))).as(kind + " earlier")
                    .isEqualTo(kind.applicantFacing() ? told : told.minusDays(1));
        }
        assertThat(DeadlineChange.Kind.TASK.applicantFacing()).isFalse();
        assertThat(DeadlineChange.Kind.PROMISED.applicantFacing()).isTrue();
        assertThat(DeadlineChange.Kind.TOLERATED.applicantFacing()).isTrue();
        assertThat(DeadlineChange.Kind.ANSWER.applicantFacing()).isTrue();
    }
}
