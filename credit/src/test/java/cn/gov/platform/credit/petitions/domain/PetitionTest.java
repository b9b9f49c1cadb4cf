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
}
