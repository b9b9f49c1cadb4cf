package cn.gov.platform.intake.hotline.domain;

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
 * What a hotline ticket adds to supervision: one ticket in the month it was received at its (current)
 * department, answered and answered on time once answered, its rating once rated; and an open HOTLINE
 * item due on its deadline while unanswered.
 */
public final class TicketContribution {

    private TicketContribution() {
    }

    public static Contribution of(TicketSnapshot t) {
        boolean answered = t.state() != TicketState.RECEIVED;
        Tally tally = Tally.builder().add(Measure.HOTLINE_TICKETS, 1).count(Measure.HOTLINE_ANSWERED, answered)
                .count(Measure.HOTLINE_ON_TIME, answered && t.answeredOnTime())
                .count(Measure.HOTLINE_RATINGS, t.rating() != null)
                .add(Measure.HOTLINE_RATING_POINTS, t.rating() == null ? 0 : t.rating()).build();
        List<OpenItem> open = t.isOpen()
                ? List.of(new OpenItem("hotline:" + t.id(), ItemKind.HOTLINE, null, null, null, null, t.division(),
                        t.department(), t.departmentName(), t.receivedOn(), t.dueOn(), false))
                : List.of();
        return new Contribution(open, Map.of(new MonthKey(t.division(), t.department(), t.departmentName(),
                YearMonth.from(t.receivedOn())), tally));
    }
}
