package cn.gov.platform.intake.petitions.domain;

import cn.gov.platform.intake.supervision.domain.Contribution;
import cn.gov.platform.intake.supervision.domain.ItemKind;
import cn.gov.platform.intake.supervision.domain.Measure;
import cn.gov.platform.intake.supervision.domain.MonthKey;
import cn.gov.platform.intake.supervision.domain.OpenItem;
import cn.gov.platform.intake.supervision.domain.Tally;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What a petition adds to supervision: one petition in the month it was received at its department
 * (answered, answered on time, once answered), and an open PETITION item while someone must act: due
 * on the acceptance limit until accepted or refused, then on the answer's due date.
 */
public final class PetitionContribution {

    private PetitionContribution() {
    }

    public static Contribution of(PetitionSnapshot p) {
        boolean answered = p.state() == PetitionState.ANSWERED;
        Tally tally = Tally.builder().add(Measure.PETITIONS, 1).count(Measure.PETITIONS_ANSWERED, answered)
                .count(Measure.PETITIONS_ON_TIME, answered && p.answeredOnTime()).build();
        LocalDate actBy = p.actBy();
        List<OpenItem> open = actBy == null ? List.of()
                : List.of(new OpenItem("petition:" + p.id(), ItemKind.PETITION, null, p.noticeNumber(), null, null,
                        p.division(), p.department(), p.departmentName(),
                        p.state() == PetitionState.RECEIVED ? p.receivedOn() : p.decidedOn(), actBy, false));
        return new Contribution(open, Map.of(new MonthKey(p.division(), p.department(), p.departmentName(),
                YearMonth.from(p.receivedOn())), tally));
    }
}
