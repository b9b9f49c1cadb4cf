package cn.gov.platform.intake.supervision.application;

import cn.gov.platform.intake.cases.application.CaseQueries;
import cn.gov.platform.intake.supervision.domain.CaseContribution;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Cases as supervision watches them, read through the case feature's {@link CaseQueries}: every event
 * that names a case (whatever the workflow calls it) may change its lights or figures, so the case is
 * read again; warnings change nothing.
 */
public class CasesUnderSupervision implements SupervisedSource {

    private final CaseQueries cases;
    private final WorkingDayCalendar calendar;

    public CasesUnderSupervision(CaseQueries cases, WorkingDayCalendar calendar) {
        this.cases = cases;
        this.calendar = calendar;
    }

    @Override
    public String kind() {
        return "case";
    }

    @Override
    public Optional<String> about(String type, @Nullable String caseId, Map<String, String> payload) {
        return caseId == null || type.equals("DeadlineWarning") ? Optional.empty() : Optional.of(caseId);
    }

    @Override
    public Optional<Supervised> find(String id) {
        return cases.find(id).map(c -> new Supervised(c.id(), c.version(), CaseContribution.of(c, calendar)));
    }

    @Override
    public void each(Consumer<Supervised> action) {
        cases.each(c -> action.accept(new Supervised(c.id(), c.version(), CaseContribution.of(c, calendar))));
    }
}
