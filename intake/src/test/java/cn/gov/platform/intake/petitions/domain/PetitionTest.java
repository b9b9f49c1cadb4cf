package cn.gov.platform.intake.petitions.domain;

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

class PetitionTest {

    /** 10:00 on Mon Mar 2, 2026 in Tongxin. */
    private static final Instant MAR_2 = Instant.parse("2026-03-02T02:00:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private final WorkingDayCalendar calendar = Fixtures.calendar2026();
    private static final Petition.Addressee MARKET = new Petition.Addressee("640324000000", "county-market-regulation",
            "同心县市场监督管理局");

    private Petition received() {
        return Petition.receive("5f0e2c1a-7b3d-4e59-8a61-2c4f9d0b7e13", "citizen-1", "fp", null, MARKET,
                "反映某食品店无证经营，请求查处。", calendar, MAR_2, MONDAY);
    }

    private static String lastEvent(Petition p) {
        return p.snapshot().outbox().getLast().type();
    }

    @Test
    void aReceivedPetitionMustBeAcceptedOrNotWithinFifteenWorkingDaysAndThePetitionerIsTold() {
        Petition p = received();

        assertThat(p.snapshot().state()).isEqualTo(PetitionState.RECEIVED);
        assertThat(p.snapshot().acceptanceDue()).isEqualTo(calendar.plusWorkingDays(MONDAY, 15));
        assertThat(p.snapshot().actBy()).isEqualTo(p.snapshot().acceptanceDue());
        StaffEvent told = p.snapshot().outbox().getFirst();
        assertThat(told.type()).isEqualTo("PetitionReceived");
        assertThat(told.recipientSubject()).isEqualTo("citizen-1");
        assertThat(told.department()).isEqualTo("county-market-regulation");
    }

    @Test
    void acceptingGivesAWrittenNoticeAndAnAnswerDueFifteenWorkingDaysLater() {
        Petition p = received();
        LocalDate wednesday = LocalDate.of(2026, 3, 4);

        p.accept("demo-clerk", "予以受理，将转市场监管执法大队核查。", calendar, MAR_2.plusSeconds(2 * 86400), wednesday);

        PetitionSnapshot s = p.snapshot();
        assertThat(s.state()).isEqualTo(PetitionState.ACCEPTED);
        assertThat(s.noticeNumber()).isEqualTo("XF-2026-5F0E2C1A7B3D");
        assertThat(s.decidedOn()).isEqualTo(wednesday);
        assertThat(s.decidedOnTime()).isTrue();
        assertThat(s.dueOn()).isEqualTo(calendar.plusWorkingDays(wednesday, 15));
        assertThat(lastEvent(p)).isEqualTo("PetitionAccepted");
    }

    @Test
    void refusingIsFinalWithItsOwnNotice() {
        Petition p = received();
        p.refuse("demo-clerk", "属于诉讼程序解决的事项，请依法向人民法院提起诉讼。", MAR_2, MONDAY);

        assertThat(p.snapshot().state()).isEqualTo(PetitionState.NOT_ACCEPTED);
        assertThat(p.snapshot().actBy()).isNull();
        assertThat(lastEvent(p)).isEqualTo("PetitionNotAccepted");
        assertThatThrownBy(() -> p.answer("demo-clerk", "答复", MAR_2, MONDAY)).isInstanceOf(DomainViolation.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_TRANSITION");
        assertThatThrownBy(() -> p.accept("demo-clerk", "受理", calendar, MAR_2, MONDAY))
                .hasFieldOrPropertyWithValue("code", "INVALID_TRANSITION");
    }

    @Test
    void theAnswerIsExtendedOnceByFifteenWorkingDaysWithAReasonAndNeverTwice() {
        Petition p = received();
        p.accept("demo-clerk", "予以受理。", calendar, MAR_2, MONDAY);
        LocalDate due = p.snapshot().dueOn();

        p.extend("demo-reviewer", "需要会同住建部门现场核查。", calendar, MAR_2);

        assertThat(p.snapshot().state()).isEqualTo(PetitionState.EXTENDED);
        assertThat(p.snapshot().dueOn()).isEqualTo(calendar.plusWorkingDays(due, 15));
        assertThat(p.snapshot().extensionReason()).isEqualTo("需要会同住建部门现场核查。");
        assertThat(lastEvent(p)).isEqualTo("PetitionExtended");
        assertThatThrownBy(() -> p.extend("demo-reviewer", "再次延期", calendar, MAR_2))
                .isInstanceOf(DomainViolation.class).hasFieldOrPropertyWithValue("code", "ALREADY_EXTENDED")
                .hasFieldOrPropertyWithValue("kind", DomainViolation.Kind.STATE_CONFLICT);
    }

    @Test
    void anExtensionNeedsAReasonAndAPetitionNotYetAcceptedCannotBeExtended() {
        Petition p = received();
        assertThatThrownBy(() -> p.extend("demo-clerk", "理由", calendar, MAR_2))
                .hasFieldOrPropertyWithValue("code", "INVALID_TRANSITION");
        p.accept("demo-clerk", "予以受理。", calendar, MAR_2, MONDAY);
        assertThatThrownBy(() -> p.extend("demo-clerk", "  ", calendar, MAR_2))
                .hasFieldOrPropertyWithValue("code", "TEXT_REQUIRED").hasFieldOrPropertyWithValue("field", "reason");
    }

    @Test
    void anAnswerByTheDueDateIsOnTimeAndOneAfterItIsLate() {
        Petition early = received();
        early.accept("demo-clerk", "予以受理。", calendar, MAR_2, MONDAY);
        early.answer("demo-approver", "经核查，该店已办理许可证。", MAR_2, early.snapshot().dueOn());
        assertThat(early.snapshot().answeredOnTime()).isTrue();
        assertThat(early.snapshot().state()).isEqualTo(PetitionState.ANSWERED);
        assertThat(early.snapshot().outbox().getLast().payload()).containsEntry("onTime", "true");

        Petition late = received();
        late.accept("demo-clerk", "予以受理。", calendar, MAR_2, MONDAY);
        late.answer("demo-approver", "经核查，已责令整改。", MAR_2, late.snapshot().dueOn().plusDays(1));
        assertThat(late.snapshot().answeredOnTime()).isFalse();
    }

    @Test
    void aPetitionWithoutTextIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Petition.receive("id-1", "citizen-1", "fp", null, MARKET, " ", calendar, MAR_2, MONDAY))
                .isInstanceOf(DomainViolation.class).hasFieldOrPropertyWithValue("field", "text");
        assertThatThrownBy(() -> Petition.receive("id-1", "citizen-1", "fp", null, MARKET, "长".repeat(4001), calendar,
                MAR_2, MONDAY)).hasFieldOrPropertyWithValue("code", "TEXT_REQUIRED");
    }

    @Test
    void supervisionWatchesTheAcceptanceThenTheAnswerAndCountsItInTheMonthReceived() {
        Petition p = received();
        Contribution waiting = PetitionContribution.of(p.snapshot());
        assertThat(waiting.open()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(ItemKind.PETITION);
            assertThat(i.dueOn()).isEqualTo(p.snapshot().acceptanceDue());
        });

        p.accept("demo-clerk", "予以受理。", calendar, MAR_2, MONDAY);
        assertThat(PetitionContribution.of(p.snapshot()).open()).singleElement()
                .satisfies(i -> assertThat(i.dueOn()).isEqualTo(p.snapshot().dueOn()));

        p.answer("demo-clerk", "已答复。", MAR_2, MONDAY);
        Contribution answered = PetitionContribution.of(p.snapshot());
        assertThat(answered.open()).isEmpty();
        assertThat(answered.months().values()).singleElement().satisfies(t -> {
            assertThat(t.get(Measure.PETITIONS)).isEqualTo(1);
            assertThat(t.get(Measure.PETITIONS_ANSWERED)).isEqualTo(1);
            assertThat(t.get(Measure.PETITIONS_ON_TIME)).isEqualTo(1);
        });
    }
}
