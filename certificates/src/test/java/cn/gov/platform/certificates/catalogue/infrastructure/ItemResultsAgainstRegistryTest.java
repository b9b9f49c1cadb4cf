package cn.gov.platform.certificates.catalogue.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.certificates.catalogue.domain.CertificateType;
import cn.gov.platform.certificates.catalogue.domain.CertificateTypes;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Intake's catalogue against this registry (issue 18, point 2): an approval whose item names a type
 * the registry lacks could never produce its result, so the build fails instead. Intake publishes
 * its catalogue data as an artifact of its own (classifier {@code catalogue}); this module's tests
 * depend on it in test scope, so both files are read from the class path as the services read them.
 */
class ItemResultsAgainstRegistryTest {

    private final CertificateTypes registry = IntakeCatalogue.registry();
    private final List<IntakeCatalogue.Item> items = IntakeCatalogue.items();

    @Test
    void everyItemOfIntakesCatalogueFitsTheRegistry() {
        assertThat(IntakeCatalogue.misfits(items, registry)).isEmpty();
    }

    @Test
    void theCatalogueIsReadWhole() {
        assertThat(items).hasSizeGreaterThanOrEqualTo(22);
        assertThat(items).extracting(IntakeCatalogue.Item::code)
                .contains("ZRZY-001", "MZ-003", "GA-001", "SCJG-003", "JT-001");
    }

    @Test
    void theItemsOnceWithoutATypeNowNameOneWithChineseFieldLabels() {
        assertThat(items).filteredOn(i -> List.of("ZRZY-001", "MZ-003", "GA-001").contains(i.code()))
                .extracting(IntakeCatalogue.Item::resultCertificateType)
                .containsExactlyInAnyOrder("real-estate-certificate", "marriage-certificate", "resident-id-card");
        for (CertificateType type : registry.all()) {
            assertThat(type.fields()).as(type.code()).isNotEmpty();
            assertThat(type.name()).as(type.code()).matches(".*\\p{IsHan}.*");
            assertThat(type.fields()).as(type.code())
                    .allSatisfy(f -> assertThat(f.label()).matches(".*\\p{IsHan}.*"));
        }
    }

    @Test
    void anItemNamingATypeTheRegistryLacksIsReported() {
        IntakeCatalogue.Item marriage = new IntakeCatalogue.Item("MZ-003", "内地居民结婚登记", "结婚证",
                "marriage-licence", List.of("resident-id-card"),
                List.of(new IntakeCatalogue.Implementation("county-civil-affairs", "640324000000")));

        assertThat(IntakeCatalogue.misfits(List.of(marriage), registry))
                .containsExactly("MZ-003: result type marriage-licence is not in the registry");
    }

    @Test
    void aCertificateResultWithoutATypeIsReportedButANoticeIsNot() {
        IntakeCatalogue.Item permit = new IntakeCatalogue.Item("ZJ-001", "建筑工程施工许可", "建筑工程施工许可证", null,
                List.of(), List.of(new IntakeCatalogue.Implementation("county-housing", "640324000000")));
        IntakeCatalogue.Item replacement = new IntakeCatalogue.Item("SCJG-005", "营业执照遗失补领", "营业执照（补领）", null,
                List.of(), List.of());
        IntakeCatalogue.Item notice = new IntakeCatalogue.Item("SCJG-004", "个体工商户注销登记", "准予注销登记通知书", null,
                List.of(), List.of());

        assertThat(IntakeCatalogue.misfits(List.of(permit, replacement, notice), registry)).containsExactly(
                "ZJ-001: result 建筑工程施工许可证 is a certificate but names no type",
                "SCJG-005: result 营业执照（补领） is a certificate but names no type");
    }

    @Test
    void aDepartmentThatMayNotIssueTheTypeAndAnUnknownMaterialTypeAreReported() {
        IntakeCatalogue.Item wrongIssuer = new IntakeCatalogue.Item("MZ-003", "内地居民结婚登记", "结婚证",
                "marriage-certificate", List.of("birth-certificate"),
                List.of(new IntakeCatalogue.Implementation("yuhai-town-service-center", "640324100000")));

        assertThat(IntakeCatalogue.misfits(List.of(wrongIssuer), registry)).containsExactly(
                "MZ-003: yuhai-town-service-center decides the item but may not issue marriage-certificate",
                "MZ-003: material type birth-certificate is not in the registry");
    }
}
