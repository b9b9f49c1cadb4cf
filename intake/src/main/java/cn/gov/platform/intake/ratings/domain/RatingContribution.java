package cn.gov.platform.intake.ratings.domain;

import cn.gov.platform.intake.supervision.domain.Contribution;
import cn.gov.platform.intake.supervision.domain.ItemKind;
import cn.gov.platform.intake.supervision.domain.Measure;
import cn.gov.platform.intake.supervision.domain.MonthKey;
import cn.gov.platform.intake.supervision.domain.OpenItem;
import cn.gov.platform.intake.supervision.domain.Tally;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** What a rating adds to supervision: satisfaction in the month rated, and its follow-up while open. */
public final class RatingContribution {

    private RatingContribution() {
    }

    public static Contribution of(RatingSnapshot r) {
        FollowUp f = r.followUp();
        Tally tally = Tally.builder().add(Measure.RATINGS, 1).add(Measure.RATING_POINTS, r.score())
                .count(Measure.SATISFIED, r.score() >= 4).count(Measure.DISSATISFIED, r.score() <= Rating.POOR)
                .count(Measure.FOLLOW_UPS_HANDLED, f != null && !f.isOpen()).build();
        List<OpenItem> open = f != null && f.isOpen()
                ? List.of(new OpenItem("followup:" + r.id(), ItemKind.FOLLOW_UP, r.id(), r.caseNumber(), r.itemCode(),
                        r.itemName(), r.division(), r.department(), r.departmentName(), f.openedOn(), f.dueOn(), false))
                : List.of();
        return new Contribution(open, Map.of(new MonthKey(r.division(), r.department(), r.departmentName(),
                YearMonth.from(r.ratedOn())), tally));
    }
}
