package cn.gov.platform.credit.checks.domain;

import cn.gov.platform.credit.classes.domain.CreditClass;
import cn.gov.platform.credit.lists.domain.ActiveEntry;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a check found: the standing, the measures applied and the entries cited. */
public record Evaluation(Standing standing, List<AppliedMeasure> incentives, List<AppliedMeasure> restrictions,
        List<ActiveEntry> entries, @Nullable CreditClass creditClass) {
}
