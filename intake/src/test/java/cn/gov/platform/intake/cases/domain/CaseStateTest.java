package cn.gov.platform.intake.cases.domain;

import static cn.gov.platform.intake.cases.domain.CaseState.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every pair of states, checked against the table the issue describes: nothing more is allowed. */
class CaseStateTest {

    private static final Map<CaseState, Set<CaseState>> EXPECTED = Map.ofEntries(
            Map.entry(DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN)),
            Map.entry(SUBMITTED, EnumSet.of(NOT_ACCEPTED, ACCEPTED, ACCEPTED_WITH_TOLERANCE, SUPPLEMENT_REQUESTED, WITHDRAWN)),
            Map.entry(SUPPLEMENT_REQUESTED, EnumSet.of(SUBMITTED, UNDER_REVIEW, NOT_ACCEPTED, WITHDRAWN)),
            Map.entry(NOT_ACCEPTED, EnumSet.noneOf(CaseState.class)),
            Map.entry(ACCEPTED, EnumSet.of(UNDER_REVIEW, APPROVED, REJECTED, WITHDRAWN)),
            Map.entry(ACCEPTED_WITH_TOLERANCE, EnumSet.of(UNDER_REVIEW, APPROVED, REJECTED, WITHDRAWN)),
            Map.entry(UNDER_REVIEW, EnumSet.of(SUPPLEMENT_REQUESTED, APPROVED, REJECTED, WITHDRAWN)),
            Map.entry(APPROVED, EnumSet.of(CLOSED)),
            Map.entry(REJECTED, EnumSet.of(CLOSED)),
            Map.entry(WITHDRAWN, EnumSet.noneOf(CaseState.class)),
            Map.entry(CLOSED, EnumSet.noneOf(CaseState.class)));

    @ParameterizedTest
    @EnumSource(CaseState.class)
    void allowsExactlyTheTransitionsOfTheLifecycle(CaseState from) {
        for (CaseState to : CaseState.values()) {
            assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(EXPECTED.get(from).contains(to));
        }
    }

    @Test
    void aDecidedCaseCanNoLongerBeWithdrawnAndFinalStatesGoNowhere() {
        assertThat(APPROVED.canMoveTo(WITHDRAWN)).isFalse();
        assertThat(REJECTED.canMoveTo(WITHDRAWN)).isFalse();
        assertThat(EnumSet.allOf(CaseState.class).stream().filter(CaseState::isFinal))
                .containsExactlyInAnyOrder(NOT_ACCEPTED, WITHDRAWN, CLOSED);
    }

    @Test
    void theClockRunsOnlyBetweenAcceptanceAndDecision() {
        assertThat(EnumSet.allOf(CaseState.class).stream().filter(CaseState::isAccepted))
                .containsExactlyInAnyOrder(ACCEPTED, ACCEPTED_WITH_TOLERANCE, UNDER_REVIEW);
    }
}
