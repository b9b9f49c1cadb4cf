package cn.gov.platform.intake.cases.application;

import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.CaseSnapshot;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The credit check of a case (CRE-2) as the window (at acceptance or refusal) and the decision chain
 * (before a decision, when the first could not be made) ask for it; every check counted by stage and
 * standing.
 */
public class CaseCredit {

    private final CreditChecks credit;
    private final MeterRegistry meters;

    public CaseCredit(CreditChecks credit, MeterRegistry meters) {
        this.credit = credit;
        this.meters = meters;
    }

    public CreditChecks.Outcome check(Case c, CreditChecks.Stage stage) {
        CaseSnapshot s = c.snapshot();
        CreditChecks.Outcome outcome = credit.check(s.filing().applicantSubject(), s.item().code(), s.id(), stage);
        meters.counter("intake.cases.credit-checks", "stage", stage.name(), "standing", outcome.standing()).increment();
        return outcome;
    }
}
