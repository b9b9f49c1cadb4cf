package cn.gov.platform.intake.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.intake.Fixtures;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** What a joint item (联办件) must say about its departments and deemed consent (INT-5). */
class JointItemRulesTest {

    static JointDepartment dept(String code, int days) {
        return new JointDepartment(code, code + "-name", WorkingDays.of(days));
    }

    static ServiceItem joint(List<JointDepartment> departments, ItemClass itemClass, boolean deemed,
            @Nullable String basis) {
        return ServiceItem.builder(ItemCode.of("SCJG-006"), "餐饮店开办", itemClass)
                .legalBasis(List.of("《食品安全法》"))
                .limits(TimeLimits.of(20, 5))
                .result("许可证")
                .fees(List.of(Fixtures.free()))
                .implementations(List.of(Fixtures.MARKET_REGULATION))
                .decisionChain(List.of(StaffRole.HANDLER, StaffRole.APPROVER))
                .jointDepartments(departments)
                .supervision("12345")
                .deemedConsent(deemed, basis)
                .build();
    }

    @Test
    void aJointItemWithDeemedConsentNamesItsDepartmentsLimitsAndBasis() {
        ServiceItem item = joint(List.of(dept("a", 4), dept("b", 5), dept("c", 3)), ItemClass.JOINT, true, "规则");
        assertThat(item.jointDepartments()).extracting(j -> j.limit().value()).containsExactly(4, 5, 3);
        assertThat(item.deemedConsent()).isTrue();
    }

    @Test
    void refusesADepartmentTwiceALimitBeyondThePromiseAndAZeroLimit() {
        assertThatThrownBy(() -> joint(List.of(dept("a", 4), dept("a", 3)), ItemClass.JOINT, false, null))
                .hasMessageContaining("DUPLICATE_JOINT_DEPARTMENT");
        assertThatThrownBy(() -> joint(List.of(dept("a", 6)), ItemClass.JOINT, false, null))
                .hasMessageContaining("JOINT_LIMIT_EXCEEDS_PROMISED");
        assertThatThrownBy(() -> dept("a", 0)).hasMessageContaining("JOINT_LIMIT_REQUIRED");
        assertThatThrownBy(() -> new JointDepartment(" ", "x", WorkingDays.of(1)))
                .hasMessageContaining("DEPARTMENT_REQUIRED");
    }

    @Test
    void deemedConsentNeedsAJointItemAndABasisToCite() {
        assertThatThrownBy(() -> joint(List.of(dept("a", 4)), ItemClass.JOINT, true, " "))
                .hasMessageContaining("DEEMED_CONSENT_BASIS_REQUIRED");
        assertThatThrownBy(() -> joint(List.of(), ItemClass.PROMISED, true, "规则"))
                .hasMessageContaining("DEEMED_CONSENT_BASIS_REQUIRED");
        assertThatThrownBy(() -> joint(List.of(), ItemClass.JOINT, false, null))
                .hasMessageContaining("JOINT_DEPARTMENTS_REQUIRED");
    }
}
