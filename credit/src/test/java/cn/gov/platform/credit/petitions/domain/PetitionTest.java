package cn.gov.platform.credit.petitions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.credit.common.domain.OutboxEvent;
import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PetitionTest {

    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

    private Petition objection() {
        return Petition.file("P1", PetitionKind.OBJECTION, "E1", "dept", "filer", "列入依据已被撤销", List.of(), NOW,
                LocalDate.of(2026, 6, 12), 10);
    }

    @Test
    void aDecisionIsFinalKeepsItsReasonsAndTellsTheFiler() {
        Petition decided = objection().decide(true, "staff", "依据不存在", NOW);

        assertThat(decided.state()).isEqualTo(Petition.State.UPHELD);
        assertThat(decided.decisionReasons()).isEqualTo("依据不存在");
        assertThat(decided.outbox()).extracting(OutboxEvent::type, OutboxEvent::recipientSubject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ObjectionDecided", "filer"));
        assertThatThrownBy(() -> decided.decide(false, "staff", "again", NOW))
                .isInstanceOfSatisfying(DomainViolation.class, v -> assertThat(v.code()).isEqualTo("PETITION_DECIDED"));
    }

    @Test
    void aRepairNeedsEvidenceAndADecisionNeedsReasons() {
        assertThatThrownBy(() -> Petition.file("P2", PetitionKind.REPAIR, "E1", "d", "f", "已履行", List.of(), NOW,
                LocalDate.of(2026, 6, 8), 5)).isInstanceOfSatisfying(DomainViolation.class,
                        v -> assertThat(v.field()).isEqualTo("evidence"));
        assertThatThrownBy(() -> objection().decide(true, "staff", " ", NOW)).isInstanceOf(DomainViolation.class);
        assertThat(Petition.file("P3", PetitionKind.REPAIR, "E1", "d", "f", "已履行", List.of("缴款凭证"), NOW,
                LocalDate.of(2026, 6, 8), 5).decide(false, "s", "材料不足", NOW).outbox().getFirst().type())
                .isEqualTo("RepairDecided");
    }

    @Test
    void anOpenPetitionIsOverdueTheDayAfterItsDueDate() {
        assertThat(objection().overdueOn(LocalDate.of(2026, 6, 12))).isFalse();
        assertThat(objection().overdueOn(LocalDate.of(2026, 6, 13))).isTrue();
        assertThat(objection().decide(false, "s", "r", NOW).overdueOn(LocalDate.of(2026, 7, 1))).isFalse();
    }

    @Test
    void aLaterAnswerDateFromANewCalendarIsTakenRecordedAndToldToTheFiler() {
        Petition moved = objection().dueRecomputed(LocalDate.of(2026, 6, 15), 2026, 2, NOW).orElseThrow();

        assertThat(moved.dueBy()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(moved.version()).isEqualTo(1);
        assertThat(moved.dueByChanges()).containsExactly(new cn.gov.platform.credit.common.domain.DueDateChange(
                LocalDate.of(2026, 6, 12), LocalDate.of(2026, 6, 15), 2026, 2, NOW));
        assertThat(moved.outboxPending()).isTrue();
        assertThat(moved.outbox()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("ObjectionDeadlineMoved");
            assertThat(e.recipientSubject()).isEqualTo("filer");
            assertThat(e.details()).containsEntry("dueBy", "2026-06-15").containsEntry("previousDueBy", "2026-06-12")
                    .containsEntry("petitionId", "P1");
        });
        assertThat(Petition.file("P4", PetitionKind.REPAIR, "E1", "d", "f", "已履行", List.of("缴款凭证"), NOW,
                LocalDate.of(2026, 6, 8), 5).dueRecomputed(LocalDate.of(2026, 6, 9), 2026, 2, NOW).orElseThrow()
                .outbox().getFirst().type()).isEqualTo("RepairDeadlineMoved");
    }

    @Test
    void anEarlierOrEqualAnswerDateChangesNothingThePromiseStands() {
        assertThat(objection().dueRecomputed(LocalDate.of(2026, 6, 10), 2026, 2, NOW)).isEmpty();
        assertThat(objection().dueRecomputed(LocalDate.of(2026, 6, 12), 2026, 2, NOW)).isEmpty();
    }

    @Test
    void recomputingTwiceOnTheSameCalendarMovesTheDateOnce() {
        Petition once = objection().dueRecomputed(LocalDate.of(2026, 6, 15), 2026, 2, NOW).orElseThrow();

        assertThat(once.dueRecomputed(LocalDate.of(2026, 6, 15), 2026, 2, NOW)).isEmpty();
    }

    @Test
    void aDecidedPetitionKeepsItsDateWhateverTheCalendarSays() {
        Petition decided = objection().decide(false, "staff", "依据充分", NOW);

        assertThat(decided.dueRecomputed(LocalDate.of(2026, 6, 20), 2026, 2, NOW)).isEmpty();
    }

    @Test
    void theLimitIsTheOneFiledWithAndTheConfiguredOneForOlderPetitions() {
        assertThat(objection().workingDays(15)).isEqualTo(10);
        Petition older = new Petition("P5", PetitionKind.OBJECTION, "E1", "d", "f", "s", List.of(), NOW,
                LocalDate.of(2026, 6, 12), 0, null, Petition.State.OPEN, null, null, null, List.of(), false, 3);
        assertThat(older.workingDays(10)).isEqualTo(10);
        assertThat(older.dueByChanges()).isEmpty();
        // 17:00 UTC is 01:00 the next morning in China: the filing day is the day in China.
        assertThat(Petition.file("P6", PetitionKind.OBJECTION, "E1", "d", "f", "s", List.of(),
                Instant.parse("2026-06-01T17:00:00Z"), LocalDate.of(2026, 6, 16), 10).filedOn())
                .isEqualTo(LocalDate.of(2026, 6, 2));
    }
}
