package cn.gov.platform.intake.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.intake.calendar.domain.CalendarStamp;
import cn.gov.platform.intake.calendar.domain.DeadlineChange;
import cn.gov.platform.intake.supervision.domain.ItemKind;
import cn.gov.platform.intake.supervision.domain.Light;
import cn.gov.platform.intake.supervision.domain.LightPolicy;
import cn.gov.platform.intake.supervision.domain.Measure;
import cn.gov.platform.intake.supervision.domain.StaffEvent;
import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ComplaintTest {

    // Mon Mar 2, 2026; 10 working days later is Mon Mar 16.
    private static final LocalDate FILED = LocalDate.of(2026, 3, 2);
    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    private final LocalDate due = Fixtures.calendar2026().plusWorkingDays(FILED, Complaint.ANSWER_DAYS);

    private Complaint filed() {
        return Complaint.file("cp-1", "citizen-1", "fp", new Complaint.Target(null, null, null, "640324000000",
                "county-market-regulation", "同心县市场监督管理局"), "窗口推诿", AT, FILED, due);
    }

    @Test
    void aComplaintIsDueTenWorkingDaysAfterFilingAndTellsTheDepartment() {
        Complaint c = filed();
        assertThat(due).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(c.snapshot().state()).isEqualTo(ComplaintState.FILED);
        StaffEvent e = c.snapshot().outbox().getFirst();
        assertThat(e.type()).isEqualTo("ComplaintFiled");
        assertThat(e.recipientSubject()).isEqualTo("citizen-1");
        assertThat(e.caseId()).isNull();
        assertThat(e.payload()).containsEntry("complaintId", "cp-1");
    }

    @Test
    void leftUnansweredItTurnsRedTheDayAfterTenWorkingDays() {
        LightPolicy lights = new LightPolicy(Fixtures.calendar2026(), 3);
        Complaint c = filed();
        assertThat(lights.light(c.snapshot().dueOn(), LocalDate.of(2026, 3, 5))).isEqualTo(Light.GREEN);
        assertThat(lights.light(c.snapshot().dueOn(), LocalDate.of(2026, 3, 16))).isEqualTo(Light.YELLOW);
        assertThat(lights.light(c.snapshot().dueOn(), LocalDate.of(2026, 3, 17))).isEqualTo(Light.RED);
        assertThat(ComplaintContribution.of(c.snapshot()).open()).singleElement()
                .satisfies(i -> assertThat(i.kind()).isEqualTo(ItemKind.COMPLAINT));
    }

    @Test
    void theDeadlineCanBeExtendedOnceWithAReasonToThirtyDaysAtMost() {
        Complaint c = filed();
        c.extend("demo-clerk", "需调取档案", FILED.plusDays(30), AT);
        assertThat(c.snapshot().state()).isEqualTo(ComplaintState.EXTENDED);
        assertThat(c.snapshot().dueOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(c.snapshot().outbox()).extracting(StaffEvent::type).containsExactly("ComplaintFiled",
                "ComplaintExtended");

        assertThatThrownBy(() -> c.extend("demo-clerk", "再延", FILED.plusDays(30), AT))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.code()).isEqualTo("ALREADY_EXTENDED"));
    }

    @Test
    void anExtensionBeyondThirtyDaysOrNotLaterIsRefused() {
        Complaint c = filed();
        assertThatThrownBy(() -> c.extend("demo-clerk", "理由", FILED.plusDays(31), AT))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.code()).isEqualTo("INVALID_EXTENSION"));
        assertThatThrownBy(() -> c.extend("demo-clerk", "理由", due, AT))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.code()).isEqualTo("INVALID_EXTENSION"));
        assertThatThrownBy(() -> c.extend("demo-clerk", " ", due.plusDays(3), AT))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.code()).isEqualTo("TEXT_REQUIRED"));
        assertThat(c.snapshot().state()).isEqualTo(ComplaintState.FILED);
    }

    @Test
    void anAnswerClosesItAndTellsTheComplainantWhetherItWasOnTime() {
        Complaint c = filed();
        c.answer("demo-clerk", "已核实并整改", AT, LocalDate.of(2026, 3, 16));
        assertThat(c.snapshot().state()).isEqualTo(ComplaintState.ANSWERED);
        assertThat(c.snapshot().answeredOnTime()).isTrue();
        StaffEvent answered = c.snapshot().outbox().getLast();
        assertThat(answered.type()).isEqualTo("ComplaintAnswered");
        assertThat(answered.recipientSubject()).isEqualTo("citizen-1");
        assertThat(ComplaintContribution.of(c.snapshot()).open()).isEmpty();
        assertThat(ComplaintContribution.of(c.snapshot()).months().values().iterator().next()
                .get(Measure.COMPLAINTS_ON_TIME)).isEqualTo(1);

        assertThatThrownBy(() -> c.answer("demo-clerk", "再答", AT, FILED))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.code()).isEqualTo("INVALID_TRANSITION"));
        assertThatThrownBy(() -> c.extend("demo-clerk", "理由", due.plusDays(3), AT))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.code()).isEqualTo("INVALID_TRANSITION"));
    }

    @Test
    void anExtendedComplaintCanBeAnsweredAndLateIsLate() {
        Complaint c = filed();
        c.extend("demo-clerk", "需调取档案", LocalDate.of(2026, 3, 20), AT);
        c.answer("demo-supervisor", "答复", AT, LocalDate.of(2026, 3, 23));
        assertThat(c.snapshot().answeredOnTime()).isFalse();
    }

    @Test
    void aComplaintNeedsText() {
        assertThatThrownBy(() -> Complaint.file("cp-2", "citizen-1", "fp", new Complaint.Target(null, null, null,
                "640324000000", "d", "部门"), " ", AT, FILED, due))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.code()).isEqualTo("TEXT_REQUIRED"));
    }

    @ParameterizedTest
    @EnumSource(ComplaintState.class)
    void theStateMachineAllowsExactlyItsTransitions(ComplaintState from) {
        for (ComplaintState to : ComplaintState.values()) {
            boolean expected = switch (from) {
                case FILED -> to == ComplaintState.EXTENDED || to == ComplaintState.ANSWERED;
                case EXTENDED -> to == ComplaintState.ANSWERED;
                case ANSWERED -> false;
            };
            assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(expected);
        }
        assertThat(from.isOpen()).isEqualTo(from != ComplaintState.ANSWERED);
    }

    // --- recomputed when a year is published (issue 14) ----------------------------------------------

    private static final CalendarStamp Y2027 = new CalendarStamp(2027, 1);

    /** Filed Mon Dec 28, 2026: ten working days on provisional 2027 (New Year Jan 1-3) end Tue Jan 12. */
    private Complaint filedDec28() {
        LocalDate filed = LocalDate.of(2026, 12, 28);
        return Complaint.file("cp-2", "citizen-1", "fp", new Complaint.Target("case-1", "640324-2026-0000007", "SCJG-002",
                "640324000000", "county-market-regulation", "同心县市场监督管理局"), "拖延办理",
                Instant.parse("2026-12-28T02:00:00Z"), filed, Fixtures.calendar2026().plusWorkingDays(filed,
                        Complaint.ANSWER_DAYS));
    }

    @Test
    void aPublishedYearThatAddsADayOffMovesTheAnswerDateLaterAndTellsTheComplainant() {
        Complaint c = filedDec28();
        assertThat(c.snapshot().dueOn()).isEqualTo("2027-01-12");
        Instant at = Instant.parse("2026-12-29T02:00:00Z");

        var change = c.recomputeDue(LocalDate.of(2027, 1, 13), Y2027, at);

        assertThat(change).isPresent();
        assertThat(c.snapshot().dueOn()).isEqualTo("2027-01-13");
        assertThat(c.snapshot().deadlineChanges()).extracting(DeadlineChange::what, DeadlineChange::from,
                DeadlineChange::to, DeadlineChange::calendarVersion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("answer", LocalDate.of(2027, 1, 12),
                        LocalDate.of(2027, 1, 13), 1));
        StaffEvent told = c.snapshot().outbox().getLast();
        assertThat(told.type()).isEqualTo("DeadlinesRecomputed");
        assertThat(told.recipientSubject()).isEqualTo("citizen-1");
        assertThat(told.payload()).containsEntry("complaintId", "cp-2").containsEntry("dueOn", "2027-01-13")
                .containsEntry("previousDueOn", "2027-01-12").containsEntry("ref", "640324-2026-0000007");
        assertThat(c.recomputeDue(LocalDate.of(2027, 1, 13), Y2027, at)).as("the same version again").isEmpty();
    }

    @Test
    void theAnswerDateToldToTheComplainantNeverMovesEarlier() {
        Complaint c = filedDec28();

        assertThat(c.recomputeDue(LocalDate.of(2027, 1, 11), Y2027, AT)).isEmpty();
        assertThat(c.snapshot().dueOn()).isEqualTo("2027-01-12");
        assertThat(c.snapshot().outbox()).extracting(StaffEvent::type).containsExactly("ComplaintFiled");
    }

    @Test
    void anExtendedOrAnsweredComplaintKeepsItsDate() {
        Complaint extended = filedDec28();
        extended.extend("clerk", "需调取档案", LocalDate.of(2027, 1, 20), AT);
        Complaint answered = filedDec28();
        answered.answer("clerk", "已整改", AT, LocalDate.of(2026, 12, 30));

        assertThat(extended.dueTouches(2027)).as("an extension is a calendar date the department set").isFalse();
        assertThat(extended.recomputeDue(LocalDate.of(2027, 1, 25), Y2027, AT)).isEmpty();
        assertThat(answered.recomputeDue(LocalDate.of(2027, 1, 25), Y2027, AT)).isEmpty();
        assertThat(filedDec28().dueTouches(2027)).isTrue();
        assertThat(filedDec28().dueTouches(2028)).isFalse();
    }
}
