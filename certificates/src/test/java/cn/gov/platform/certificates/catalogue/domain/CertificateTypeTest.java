package cn.gov.platform.certificates.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.certificates.catalogue.infrastructure.CatalogueFile;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

class CertificateTypeTest {

    private final CertificateTypes catalogue = CatalogueFile.load(
            new ClassPathResource("catalogue/certificate-types.json"), JsonMapper.builder().build());

    @Test
    void theSeededCatalogueHasTheTypesTheCountyIssues() {
        assertThat(catalogue.all()).extracting(CertificateType::code).contains("business-licence",
                "food-operation-permit", "rural-housing-site", "individual-business-licence");
        assertThat(catalogue.find("rural-housing-site").orElseThrow().name()).isEqualTo("农村宅基地批准书");
    }

    @Test
    void aFoodPermitDefaultsToFiveYearsAndRefusesMore() {
        CertificateType permit = catalogue.find("food-operation-permit").orElseThrow();
        LocalDate from = LocalDate.of(2026, 1, 5);

        assertThat(permit.defaultValidUntil(from)).isEqualTo(LocalDate.of(2031, 1, 4));
        assertThat(permit.allowsValidity(from, LocalDate.of(2031, 1, 4))).isTrue();
        assertThat(permit.allowsValidity(from, LocalDate.of(2031, 1, 5))).isFalse();
        assertThat(permit.allowsValidity(from, null)).isFalse();
    }

    @Test
    void aBusinessLicenceIsLongTermByDefault() {
        assertThat(catalogue.find("business-licence").orElseThrow().defaultValidUntil(LocalDate.of(2026, 1, 1))).isNull();
    }

    @Test
    void listsEveryMissingTooLongAndUnknownFieldAtOnce() {
        CertificateType permit = catalogue.find("food-operation-permit").orElseThrow();

        assertThat(permit.check(Map.of("operatorName", "x".repeat(101), "colour", "red", "premises", "豫海镇")))
                .containsExactly(
                        new CertificateType.FieldProblem("operatorName", CertificateType.FieldProblem.Kind.TOO_LONG),
                        new CertificateType.FieldProblem("mainForm", CertificateType.FieldProblem.Kind.MISSING),
                        new CertificateType.FieldProblem("operatingItems", CertificateType.FieldProblem.Kind.MISSING),
                        new CertificateType.FieldProblem("colour", CertificateType.FieldProblem.Kind.UNKNOWN));
    }

    @Test
    void onlyTheListedDepartmentsMayIssue() {
        CertificateType site = catalogue.find("rural-housing-site").orElseThrow();

        assertThat(site.issuableBy("yuhai-town-service-center")).isTrue();
        assertThat(site.issuableBy("county-market-regulation")).isFalse();
        assertThat(site.holdableBy("enterprise")).isFalse();
    }
}
