package cn.gov.platform.intake.fees.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.intake.catalogue.domain.Fee;
import cn.gov.platform.intake.catalogue.domain.FeeDue;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.kernel.DomainViolation;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class FeePointTest {

    private static final Fee HOUSING = new Fee("FEE-REALESTATE-HOUSING", "不动产登记费", new BigDecimal("80"), "财税〔2016〕79号");

    private static ServiceItem charging(List<Fee> fees, @Nullable FeeDue due) {
        return Fixtures.foodPermit().toBuilder().fees(fees).feeDue(due).build();
    }

    @Test
    void aFreeItemHasNoFeePoint() {
        assertThat(FeePoint.of(Fixtures.foodPermit())).isEmpty();
    }

    @Test
    void anItemWithAFeeChargesAtAcceptanceUnlessItSaysAtDecision() {
        assertThat(FeePoint.of(charging(List.of(HOUSING), null))).contains(FeePoint.ACCEPTANCE);
        assertThat(FeePoint.of(charging(List.of(HOUSING), FeeDue.ACCEPTANCE))).contains(FeePoint.ACCEPTANCE);
        assertThat(FeePoint.of(charging(List.of(HOUSING), FeeDue.DECISION))).contains(FeePoint.DECISION);
    }

    @Test
    void aFreeItemCannotNameAFeePoint() {
        assertThatThrownBy(() -> charging(List.of(Fixtures.free()), FeeDue.DECISION))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.code()).isEqualTo("FEE_POINT_WITHOUT_FEE"));
    }

    @Test
    void aNewVersionKeepsTheFeePoint() {
        assertThat(charging(List.of(HOUSING), FeeDue.DECISION).asVersion(2).feePoint()).contains(FeeDue.DECISION);
    }
}
