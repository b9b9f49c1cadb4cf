package cn.gov.platform.intake.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.intake.Fixtures;
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
}
