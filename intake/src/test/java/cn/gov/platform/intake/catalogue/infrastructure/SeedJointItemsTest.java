package cn.gov.platform.intake.catalogue.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.intake.catalogue.application.Departments;
import cn.gov.platform.intake.catalogue.domain.DepartmentName;
import cn.gov.platform.intake.catalogue.domain.Fee;
import cn.gov.platform.intake.catalogue.domain.FeeCatalogue;
import cn.gov.platform.intake.catalogue.domain.ItemClass;
import cn.gov.platform.intake.catalogue.domain.JointDepartment;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;

/** The seed's joint and upward items (issue 8). */
class SeedJointItemsTest {

    static List<ServiceItem> seed() throws Exception {
        FeeCatalogue fees;
        try (InputStream in = new ClassPathResource("catalogue/fees.json").getInputStream()) {
            fees = new FeeCatalogue(Fixtures.JSON.readValue(in, new TypeReference<List<Fee>>() { }));
        }
        return new CatalogueSeed(null, fees, new ClassPathResource("catalogue/tongxin-items.json"), Fixtures.JSON,
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry())
                .drafts().stream().map(d -> d.toItem(1, fees)).toList();
    }

    @Test
    void twoJointItemsEachCopyToThreeDepartmentsWithDeemedConsent() throws Exception {
        List<ServiceItem> joint = seed().stream().filter(i -> i.itemClass() == ItemClass.JOINT).toList();

        assertThat(joint).extracting(i -> i.code().value()).contains("SCJG-006", "ZJ-002");
        assertThat(joint).allSatisfy(i -> {
            assertThat(i.jointDepartments()).hasSize(3);
            assertThat(i.deemedConsent()).isTrue();
            assertThat(i.deemedConsentBasis()).isNotBlank();
        });
        ServiceItem restaurant = joint.stream().filter(i -> i.code().value().equals("SCJG-006")).findFirst().orElseThrow();
        assertThat(restaurant.jointDepartments()).extracting(JointDepartment::department)
                .containsExactly("county-market-regulation", "county-fire-rescue", "county-ecology-environment");
    }

    @Test
    void itemsReportedUpwardNameTheCountyDepartment() throws Exception {
        assertThat(seed().stream().filter(i -> i.itemClass() == ItemClass.REPORTED_UPWARD))
                .isNotEmpty().allSatisfy(i -> assertThat(i.reportedToDepartment()).isEqualTo("county-civil-affairs"));
    }

    @Test
    void theDepartmentItemsAreReportedToIsOneTheCatalogueNamesInChineseAndEnglish() throws Exception {
        List<ServiceItem> seed = seed();
        Departments departments = new Departments(Fixtures.catalogueOf(seed));

        assertThat(seed.stream().filter(i -> i.itemClass() == ItemClass.REPORTED_UPWARD)).isNotEmpty()
                .allSatisfy(i -> assertThat(departments.named(i.reportedToDepartment())).as(i.code().value())
                        .contains(new DepartmentName("county-civil-affairs", "同心县民政局",
                                "Tongxin County Civil Affairs Bureau")));
    }
}
