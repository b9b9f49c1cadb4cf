package cn.gov.platform.intake.cases.application;

import java.util.List;

/**
 * The seam to the credit service (issue 6, CRE-2): incentives and restrictions that apply to an
 * applicant for an item. Until the service exists the adapter answers {@link Standing#NOT_CHECKED}
 * and the case records exactly that; no incentive or restriction is invented.
 */
public interface CreditChecks {

    Outcome check(String subject, String itemCode);

    /** The outcome of a check. */
    record Outcome(Standing standing, List<String> measures) {
    }

    /** Whether a check happened and what it found. */
    enum Standing { NOT_CHECKED, NO_MEASURES, INCENTIVES, RESTRICTIONS }
}
