package cn.gov.platform.intake.hotline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.intake.supervision.domain.Contribution;
import cn.gov.platform.intake.supervision.domain.ItemKind;
import cn.gov.platform.intake.supervision.domain.Measure;
import cn.gov.platform.intake.supervision.domain.StaffEvent;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TicketTest {

    /** 10:00 on Mon Mar 2, 2026 in Tongxin. */
    private static final Instant MAR_2 = Instant.parse("2026-03-02T02:00:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final String ID = "9a4c1b2e-5d6f-4a7b-8c9d-0e1f2a3b4c5d";
    private final WorkingDayCalendar calendar = Fixtures.calendar2026();
    private static final Ticket.Department MARKET = new Ticket.Department("640324000000", "county-market-regulation",
            "同心县市场监督管理局");
    private static final Ticket.Department HEALTH = new Ticket.Department("640324000000", "county-health",
            "同心县卫生健康局");
    private static final Ticket.Caller PHONE = new Ticket.Caller("key-of-phone", "sealed-phone", null);

    private Ticket received(HotlineKind kind) {
        return Ticket.receive(ID, "CALL", kind, "fp", PHONE, "demo-hotline", MARKET, "某超市出售过期食品。",
                "demo-hotline", calendar, MAR_2, MONDAY);
    }

    private static StaffEvent last(Ticket t) {
        return t.snapshot().outbox().getLast();
    }

    @ParameterizedTest(name = "a {0} is due {1} working days after it is received")
    @CsvSource({"COMPLAINT,10", "HELP,5", "SUGGESTION,15", "PRAISE,15", "QUERY,3"})
    void aTicketIsDueTheWorkingDaysOfItsKind(HotlineKind kind, int days) {
        Ticket t = received(kind);

        assertThat(t.snapshot().dueOn()).isEqualTo(calendar.plusWorkingDays(MONDAY, days));
        assertThat(t.snapshot().state()).isEqualTo(TicketState.RECEIVED);
        assertThat(last(t).type()).isEqualTo("HotlineTicketReceived");
        assertThat(last(t).payload()).containsEntry("kind", kind.name()).containsEntry("dueOn",
                calendar.plusWorkingDays(MONDAY, days).toString());
        assertThat(last(t).recipientSubject()).as("the department sees it in its workbench").isNull();
        assertThat(last(t).department()).isEqualTo("county-market-regulation");
    }

    @Test
    void aComplaintIsDueInTenWorkingDaysSkippingTheWeekends() {
        // Mon Mar 2 + 10 working days = Mon Mar 16 (no holiday in between).
        assertThat(received(HotlineKind.COMPLAINT).snapshot().dueOn()).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void aReRouteSendsTheTicketToTheNewDepartmentKeepsTheDeadlineAndTheHistory() {
        Ticket t = received(HotlineKind.COMPLAINT);
        LocalDate due = t.snapshot().dueOn();

        t.reroute("demo-hotline", HEALTH, "涉及餐饮卫生，应由卫健局处理。", MAR_2.plusSeconds(3600));

        TicketSnapshot s = t.snapshot();
        assertThat(s.department()).isEqualTo("county-health");
        assertThat(s.departmentName()).isEqualTo("同心县卫生健康局");
        assertThat(s.dueOn()).isEqualTo(due);
        assertThat(s.state()).isEqualTo(TicketState.RECEIVED);
        assertThat(s.routes()).extracting(TicketSnapshot.Route::department)
                .containsExactly("county-market-regulation", "county-health");
        assertThat(s.routes().getLast().reason()).isEqualTo("涉及餐饮卫生，应由卫健局处理。");
        assertThat(last(t).type()).isEqualTo("HotlineTicketRerouted");
        assertThat(last(t).department()).isEqualTo("county-health");
        assertThat(last(t).payload()).containsEntry("fromDepartment", "county-market-regulation");
    }

    @Test
    void aReRouteToTheSameDepartmentIsRefusedNamingTheDepartment() {
        assertThatThrownBy(() -> received(HotlineKind.HELP).reroute("demo-hotline", MARKET, "再派", MAR_2))
                .isInstanceOfSatisfying(DomainViolation.class, v -> {
                    assertThat(v.kind()).isEqualTo(DomainViolation.Kind.INVALID);
                    assertThat(v.field()).isEqualTo("department");
                });
    }

    @Test
    void answeringTellsTheCallerByTheirPhoneAndCountsOnTime() {
        Ticket t = received(HotlineKind.COMPLAINT);

        t.answer("demo-clerk", "已责令该超市下架过期食品并处罚款。", MAR_2.plusSeconds(86400), MONDAY.plusDays(1));

        TicketSnapshot s = t.snapshot();
        assertThat(s.state()).isEqualTo(TicketState.ANSWERED);
        assertThat(s.answeredOnTime()).isTrue();
        assertThat(s.answeredBy()).isEqualTo("demo-clerk");
        StaffEvent told = last(t);
        assertThat(told.type()).isEqualTo("HotlineTicketAnswered");
        assertThat(told.recipientSubject()).isEqualTo("hotline-caller:" + ID);
        assertThat(told.payload()).containsEntry("answer", "已责令该超市下架过期食品并处罚款。").containsEntry("onTime", "true");
        assertThat(told.toString()).doesNotContain("sealed-phone").doesNotContain("key-of-phone");
    }

    @Test
    void aPortalMessagesAnswerGoesToTheCitizensAccount() {
        Ticket t = Ticket.receive(ID, "MESSAGE", HotlineKind.SUGGESTION, "fp", new Ticket.Caller(null, null, "citizen-1"),
                null, MARKET, "建议延长周六办公时间。", "demo-citizen", calendar, MAR_2, MONDAY);

        t.answer("demo-clerk", "感谢建议，周六上午已开放。", MAR_2, MONDAY);

        assertThat(last(t).recipientSubject()).isEqualTo("citizen-1");
    }

    @Test
    void anAnswerAfterTheDeadlineIsLate() {
        Ticket t = received(HotlineKind.QUERY);
        LocalDate late = t.snapshot().dueOn().plusDays(1);

        t.answer("demo-clerk", "答复", MAR_2, late);

        assertThat(t.snapshot().answeredOnTime()).isFalse();
        assertThat(last(t).payload()).containsEntry("onTime", "false");
    }

    @Test
    void aLongAnswerIsCutForTheSms() {
        Ticket t = received(HotlineKind.HELP);

        t.answer("demo-clerk", "答".repeat(1000), MAR_2, MONDAY);

        assertThat(last(t).payload().get("answer")).hasSize(Ticket.SMS_ANSWER).endsWith("…");
        assertThat(t.snapshot().answer()).hasSize(1000);
    }

    @Test
    void anAnsweredTicketCannotBeReRoutedNorAnsweredAgain() {
        Ticket t = received(HotlineKind.HELP);
        t.answer("demo-clerk", "答复", MAR_2, MONDAY);

        assertThatThrownBy(() -> t.reroute("demo-hotline", HEALTH, "转派", MAR_2)).isInstanceOfSatisfying(
                DomainViolation.class, v -> assertThat(v.kind()).isEqualTo(DomainViolation.Kind.STATE_CONFLICT));
        assertThatThrownBy(() -> t.answer("demo-clerk", "再答", MAR_2, MONDAY)).isInstanceOfSatisfying(
                DomainViolation.class, v -> assertThat(v.kind()).isEqualTo(DomainViolation.Kind.STATE_CONFLICT));
    }

    @Test
    void theCallerRatesAnAnsweredTicketOnceFromOneToFive() {
        Ticket t = received(HotlineKind.COMPLAINT);
        assertThatThrownBy(() -> t.rate(4, MAR_2)).as("not answered yet").isInstanceOfSatisfying(
                DomainViolation.class, v -> assertThat(v.kind()).isEqualTo(DomainViolation.Kind.STATE_CONFLICT));
        t.answer("demo-clerk", "答复", MAR_2, MONDAY);
        assertThatThrownBy(() -> t.rate(6, MAR_2)).isInstanceOfSatisfying(DomainViolation.class,
                v -> assertThat(v.field()).isEqualTo("rating"));
        assertThatThrownBy(() -> t.rate(0, MAR_2)).isInstanceOf(DomainViolation.class);

        t.rate(4, MAR_2);

        assertThat(t.snapshot().state()).isEqualTo(TicketState.RATED);
        assertThat(t.snapshot().rating()).isEqualTo(4);
        assertThat(last(t).type()).isEqualTo("HotlineTicketRated");
        assertThatThrownBy(() -> t.rate(5, MAR_2)).as("once").isInstanceOfSatisfying(DomainViolation.class,
                v -> assertThat(v.kind()).isEqualTo(DomainViolation.Kind.STATE_CONFLICT));
    }

    @Test
    void aQueryAnsweredAtOnceIsRecordedAnsweredOnTimeAndCannotBeRated() {
        Ticket t = Ticket.answeredAtOnce(ID, "fp", PHONE, "demo-hotline", MARKET, "食品经营许可要多久？",
                "食品经营许可：承诺时限 10 个工作日。", MAR_2, MONDAY);

        TicketSnapshot s = t.snapshot();
        assertThat(s.state()).isEqualTo(TicketState.ANSWERED);
        assertThat(s.answeredAtOnce()).isTrue();
        assertThat(s.answeredOnTime()).isTrue();
        assertThat(s.outbox()).extracting(StaffEvent::type).containsExactly("HotlineTicketReceived");
        assertThatThrownBy(() -> t.rate(5, MAR_2)).isInstanceOf(DomainViolation.class);
    }

    @Test
    void aTicketNeedsItsText() {
        assertThatThrownBy(() -> Ticket.receive(ID, "CALL", HotlineKind.HELP, "fp", PHONE, "demo-hotline", MARKET, " ",
                "demo-hotline", calendar, MAR_2, MONDAY)).isInstanceOfSatisfying(DomainViolation.class,
                v -> assertThat(v.field()).isEqualTo("text"));
    }

    @Test
    void theStateMachineAllowsOnlyReceivedToAnsweredToRated() {
        assertThat(TicketState.RECEIVED.canMoveTo(TicketState.ANSWERED)).isTrue();
        assertThat(TicketState.RECEIVED.canMoveTo(TicketState.RATED)).isFalse();
        assertThat(TicketState.ANSWERED.canMoveTo(TicketState.RATED)).isTrue();
        assertThat(TicketState.ANSWERED.canMoveTo(TicketState.RECEIVED)).isFalse();
        assertThat(TicketState.RATED.canMoveTo(TicketState.ANSWERED)).isFalse();
    }

    @Test
    void anOpenTicketIsAHotlineItemDueOnItsDeadlineAndCountsInItsMonth() {
        Ticket t = received(HotlineKind.COMPLAINT);

        Contribution open = TicketContribution.of(t.snapshot());
        assertThat(open.open()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(ItemKind.HOTLINE);
            assertThat(i.id()).isEqualTo("hotline:" + ID);
            assertThat(i.dueOn()).isEqualTo(LocalDate.of(2026, 3, 16));
            assertThat(i.department()).isEqualTo("county-market-regulation");
        });
        assertThat(open.months().values()).singleElement().satisfies(tally -> {
            assertThat(tally.get(Measure.HOTLINE_TICKETS)).isEqualTo(1);
            assertThat(tally.get(Measure.HOTLINE_ANSWERED)).isZero();
        });

        t.answer("demo-clerk", "答复", MAR_2, MONDAY);
        t.rate(2, MAR_2);
        Contribution closed = TicketContribution.of(t.snapshot());
        assertThat(closed.open()).isEmpty();
        assertThat(closed.months().values()).singleElement().satisfies(tally -> {
            assertThat(tally.get(Measure.HOTLINE_ANSWERED)).isEqualTo(1);
            assertThat(tally.get(Measure.HOTLINE_ON_TIME)).isEqualTo(1);
            assertThat(tally.get(Measure.HOTLINE_RATINGS)).isEqualTo(1);
            assertThat(tally.get(Measure.HOTLINE_RATING_POINTS)).isEqualTo(2);
        });
    }
}
