package cn.gov.platform.intake.complaints.domain;

import cn.gov.platform.intake.supervision.domain.Contribution;
import cn.gov.platform.intake.supervision.domain.ItemKind;
import cn.gov.platform.intake.supervision.domain.Measure;
import cn.gov.platform.intake.supervision.domain.MonthKey;
import cn.gov.platform.intake.supervision.domain.OpenItem;
import cn.gov.platform.intake.supervision.domain.Tally;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What a complaint adds to supervision: one complaint in the month it was filed against the
 * department (answered, on time, once answered), and an open COMPLAINT item until answered.
 */
public final class ComplaintContribution {

    private ComplaintContribution() {
    }

    public static Contribution of(ComplaintSnapshot c) {
        boolean answered = c.state() == ComplaintState.ANSWERED;
        Tally tally = Tally.builder().add(Measure.COMPLAINTS, 1).count(Measure.COMPLAINTS_ANSWERED, answered)
                .count(Measure.COMPLAINTS_ON_TIME, answered && c.answeredOnTime()).build();
        List<OpenItem> open = answered ? List.of()
                : List.of(new OpenItem("complaint:" + c.id(), ItemKind.COMPLAINT, c.caseId(), c.caseNumber(),
                        c.itemCode(), null, c.division(), c.department(), c.departmentName(), c.filedOn(), c.dueOn(),
                        false));
        return new Contribution(open, Map.of(new MonthKey(c.division(), c.department(), c.departmentName(),
                YearMonth.from(c.filedOn())), tally));
    }
}
