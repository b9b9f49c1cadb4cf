package cn.gov.platform.credit.checks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackTest {

    private static final CheckRecord CHECK = new CheckRecord("chk", "sub", "L:x", "SCJG-002", "case-1", Stage.ACCEPTANCE,
            Standing.RESTRICTIONS, List.of("MARKET-REFUSE@1", "MARKET-REVIEW@1"), List.of("E1"), "D", Instant.EPOCH);

    @Test
    void feedbackCitingTheChecksMeasuresIsKeyedByCheckAndAction() {
        Feedback f = Feedback.on(CHECK, "case-1", "640324-2026-0000001", FeedbackAction.REFUSED, List.of("MARKET-REFUSE"),
                null, Instant.EPOCH);

        assertThat(f.id()).isEqualTo("chk:REFUSED");
        assertThat(f.sameAs(Feedback.on(CHECK, "case-1", null, FeedbackAction.REFUSED, List.of("MARKET-REFUSE"), "x",
                Instant.EPOCH))).isTrue();
    }

    @Test
    void aMeasureTheCheckDidNotGiveAnotherCaseOrNoMeasuresForAnActionAreRefused() {
        assertThatThrownBy(() -> Feedback.on(CHECK, "case-1", null, FeedbackAction.TOLERANCE_GRANTED,
                List.of("RED-TOLERANCE"), null, Instant.EPOCH))
                .isInstanceOfSatisfying(DomainViolation.class, v -> assertThat(v.code()).isEqualTo("MEASURE_NOT_IN_CHECK"));
        assertThatThrownBy(() -> Feedback.on(CHECK, "case-2", null, FeedbackAction.REFUSED, List.of("MARKET-REFUSE"),
                null, Instant.EPOCH))
                .isInstanceOfSatisfying(DomainViolation.class, v -> assertThat(v.field()).isEqualTo("caseId"));
        assertThatThrownBy(() -> Feedback.on(CHECK, "case-1", null, FeedbackAction.REFUSED, List.of(), null, Instant.EPOCH))
                .isInstanceOfSatisfying(DomainViolation.class, v -> assertThat(v.code()).isEqualTo("MEASURES_REQUIRED"));
        assertThat(Feedback.on(CHECK, "case-1", null, FeedbackAction.NO_ACTION, List.of(), null, Instant.EPOCH).measureIds())
                .isEmpty();
    }
}
