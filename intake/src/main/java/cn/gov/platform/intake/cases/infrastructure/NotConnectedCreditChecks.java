package cn.gov.platform.intake.cases.infrastructure;

import cn.gov.platform.intake.cases.application.CreditChecks;
import java.util.List;

/**
 * The credit service (issue 6) does not exist yet: the answer is "not checked", which grants and
 * restricts nothing. Replace with a Feign adapter for {@code POST /api/credit/internal/checks}.
 */
class NotConnectedCreditChecks implements CreditChecks {

    @Override
    public Outcome check(String subject, String itemCode) {
        return new Outcome(Standing.NOT_CHECKED, List.of());
    }
}
