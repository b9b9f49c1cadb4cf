package cn.gov.platform.intake.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.intake.catalogue.domain.DepartmentName;
import cn.gov.platform.intake.catalogue.domain.Implementation;
import cn.gov.platform.intake.catalogue.domain.JointDepartment;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.intake.catalogue.domain.WorkingDays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A department named by its code, as the current items name it where they are handled or copied to. */
class DepartmentsTest {

    static final Implementation CIVIL_AFFAIRS = new Implementation(Fixtures.COUNTY, "同心县", "county-civil-affairs",
            "同心县民政局", "同心县政务服务中心二楼", "0953-8021302", false, "Tongxin County",
            "Tongxin County Civil Affairs Bureau");

    static Departments over(ServiceItem... current) {
        return new Departments(Fixtures.catalogueOf(List.of(current)));
    }

    @Test
    void aDepartmentWhereAnItemIsHandledIsNamedInChineseAndEnglish() {
        Departments departments = over(Fixtures.foodPermit(), Fixtures.foodPermitAt(CIVIL_AFFAIRS));

        assertThat(departments.named("county-civil-affairs")).contains(new DepartmentName("county-civil-affairs",
                "同心县民政局", "Tongxin County Civil Affairs Bureau"));
        assertThat(departments.named("county-civil-affairs").orElseThrow().englishName())
                .isEqualTo("Tongxin County Civil Affairs Bureau");
    }

    @Test
    void aNameWithItsEnglishIsPreferredToOneStoredBeforeIssue20WithoutIt() {
        Departments departments = over(Fixtures.foodPermit(), Fixtures.foodPermitAt(new Implementation(Fixtures.COUNTY,
                "同心县", "county-market-regulation", "同心县市场监督管理局", "一楼", "0953-8021301", false, "Tongxin County",
                "Tongxin County Administration for Market Regulation")));

        DepartmentName named = departments.named("county-market-regulation").orElseThrow();
        assertThat(named.name()).isEqualTo("同心县市场监督管理局");
        assertThat(named.englishName()).isEqualTo("Tongxin County Administration for Market Regulation");
        assertThat(over(Fixtures.foodPermit()).named("county-market-regulation").orElseThrow().englishName())
                .as("no English anywhere: the Chinese").isEqualTo("同心县市场监督管理局");
    }

    @Test
    void aDepartmentAJointItemIsCopiedToIsNamedToo() {
        ServiceItem joint = Fixtures.foodPermit().toBuilder()
                .jointDepartments(List.of(new JointDepartment("county-fire-rescue", "同心县消防救援大队", WorkingDays.of(5),
                        "Tongxin County Fire and Rescue Brigade")))
                .build();

        assertThat(over(joint).named("county-fire-rescue")).contains(new DepartmentName("county-fire-rescue",
                "同心县消防救援大队", "Tongxin County Fire and Rescue Brigade"));
    }

    @Test
    void aCodeNoItemNamesATypoOrNothingIsNamedByNone() {
        Departments departments = over(Fixtures.foodPermit());

        assertThat(departments.named("county-civil-afairs")).isEmpty();
        assertThat(departments.named(" ")).isEmpty();
        assertThat(departments.named(null)).isEmpty();
    }
}
