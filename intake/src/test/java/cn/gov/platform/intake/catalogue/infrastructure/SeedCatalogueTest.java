package cn.gov.platform.intake.catalogue.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.kernel.identifiers.DivisionCode;
import cn.gov.platform.intake.catalogue.domain.Fee;
import cn.gov.platform.intake.catalogue.domain.FeeCatalogue;
import cn.gov.platform.intake.catalogue.domain.ItemClass;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;

/** The seed catalogue is real data: every item must pass every domain rule. */
class SeedCatalogueTest {

    private static List<ServiceItem> seed() throws IOException {
        FeeCatalogue fees;
        try (InputStream in = new ClassPathResource("catalogue/fees.json").getInputStream()) {
            fees = new FeeCatalogue(Fixtures.JSON.readValue(in, new TypeReference<List<Fee>>() { }));
        }
        CatalogueSeed seed = new CatalogueSeed(null, fees, new ClassPathResource("catalogue/tongxin-items.json"),
                Fixtures.JSON, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        return seed.drafts().stream().map(d -> d.toItem(1, fees)).toList();
    }

    @Test
    void atLeastTwentyValidItemsCoveringEveryClass() throws IOException {
        List<ServiceItem> items = seed();

        assertThat(items).hasSizeGreaterThanOrEqualTo(20);
        assertThat(items.stream().map(ServiceItem::itemClass).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(ItemClass.class));
        assertThat(items.stream().map(i -> i.code().value()).distinct()).hasSize(items.size());
        assertThat(items).allSatisfy(i -> assertThat(i.limits().promised()).isLessThanOrEqualTo(i.limits().statutory()));
    }

    @Test
    void everyItemMaterialDepartmentAndDivisionIsNamedInEnglishToo() throws IOException {
        // An English name equal to the Chinese one is the fallback for old stored versions, not a translation.
        assertThat(seed()).allSatisfy(i -> {
            assertThat(i.nameEn()).as(i.name()).isNotEqualTo(i.name()).doesNotContainPattern("\\p{IsHan}");
            assertThat(i.materials()).allSatisfy(m -> assertThat(m.nameEn()).as(m.name())
                    .doesNotContainPattern("\\p{IsHan}"));
            assertThat(i.materials()).filteredOn(m -> m.recordDepartmentName() != null).allSatisfy(m ->
                    assertThat(m.recordDepartmentNameEn()).as(m.recordDepartmentName()).doesNotContainPattern("\\p{IsHan}"));
            assertThat(i.implementations()).allSatisfy(p -> {
                assertThat(p.departmentNameEn()).as(p.departmentName()).doesNotContainPattern("\\p{IsHan}");
                assertThat(p.divisionNameEn()).as(p.divisionName()).doesNotContainPattern("\\p{IsHan}");
            });
            assertThat(i.jointDepartments()).allSatisfy(j -> assertThat(j.departmentNameEn()).as(j.departmentName())
                    .doesNotContainPattern("\\p{IsHan}"));
        });
        ServiceItem first = seed().getFirst();
        assertThat(first.nameEn()).isEqualTo("Registration of an individual business");
        assertThat(first.implementations().getFirst().departmentNameEn())
                .isEqualTo("Tongxin County Administration for Market Regulation");
        assertThat(first.implementations().get(1).divisionNameEn()).isEqualTo("Yuhai Town");
    }

    @Test
    void everyGuideTextIsInEnglishTooListForListWithoutAChineseCharacter() throws IOException {
        List<ServiceItem> items = seed();
        assertThat(items).hasSize(23).allSatisfy(i -> {
            var en = i.english();
            assertEnglishList(i, "conditions", en.conditions(), i.conditions());
            assertEnglishList(i, "procedure", en.procedure(), i.procedure());
            assertEnglishList(i, "legalBasis", en.legalBasis(), i.legalBasis());
            assertEnglishList(i, "lifeEvents", en.lifeEvents(), i.lifeEvents());
            assertEnglishList(i, "keywords", en.keywords(), i.keywords());
            assertEnglishText(i.code().value() + " result", en.result());
            assertEnglishText(i.code().value() + " supervision", en.supervision());
            if (i.deemedConsentBasis() != null) {
                // One citation in both languages, as a case copies and cites it: the guide shows each half.
                assertThat(i.chineseDeemedConsentBasis()).containsPattern("\\p{IsHan}").doesNotContain("|");
                assertEnglishText(i.code().value() + " deemedConsentBasis", i.englishDeemedConsentBasis());
            }
            assertThat(i.implementations()).allSatisfy(p -> assertEnglishText(i.code().value() + " addressEn", p.addressEn()));
            assertThat(i.materials()).filteredOn(m -> m.departmentRecord() != null)
                    .allSatisfy(m -> assertEnglishText(i.code().value() + " " + m.code(), m.departmentRecordEn()));
            assertThat(i.fees()).allSatisfy(f -> {
                assertThat(f.name()).as(f.code()).doesNotContain("|").containsPattern("\\p{IsHan}");
                assertEnglishText(f.code() + " nameEn", f.nameEn());
                assertEnglishText(f.code() + " legalBasisEn", f.legalBasisEn());
            });
        });
        assertThat(items).anySatisfy(i -> assertThat(i.deemedConsentBasis()).isNotNull());
        assertThat(items).anySatisfy(i -> assertThat(i.materials()).anyMatch(m -> m.departmentRecordEn() != null));
        ServiceItem first = items.getFirst();
        assertThat(first.englishConditions()).containsExactly("A natural person able to run a business",
                "Fixed business premises");
        assertThat(first.englishLegalBasis().getFirst())
                .isEqualTo("Regulations on Promoting the Development of Individual Businesses");
        assertThat(first.englishKeywords()).contains("business licence", "opening a shop");
        assertThat(first.fees().getFirst().englishName()).isEqualTo("Free of charge");
    }

    private static void assertEnglishList(ServiceItem item, String field, List<String> english, List<String> chinese) {
        assertThat(english).as(item.code().value() + " " + field + "En").isNotNull().hasSameSizeAs(chinese)
                .allSatisfy(text -> assertEnglishText(item.code().value() + " " + field + "En", text));
    }

    private static void assertEnglishText(String what, String text) {
        assertThat(text).as(what).isNotBlank().doesNotContainPattern("\\p{IsHan}").doesNotContain("《", "》", "（", "）");
    }

    @Test
    void itemsAreHandledAtCountyTownshipAndVillageLevelAndSomeAreDelegated() throws IOException {
        List<ServiceItem> items = seed();
        Set<DivisionCode.Level> levels = items.stream().flatMap(i -> i.implementations().stream())
                .map(i -> i.division().level()).collect(Collectors.toSet());

        assertThat(levels).containsExactlyInAnyOrder(DivisionCode.Level.COUNTY, DivisionCode.Level.TOWNSHIP,
                DivisionCode.Level.VILLAGE);
        assertThat(items.stream().flatMap(i -> i.implementations().stream()).anyMatch(i -> i.delegated())).isTrue();
    }

    @Test
    void certificatesStandInForMaterialsAndMostItemsAreFree() throws IOException {
        List<ServiceItem> items = seed();
        Set<String> types = items.stream().flatMap(i -> i.materials().stream())
                .map(m -> m.certificateType()).filter(t -> t != null).collect(Collectors.toSet());

        assertThat(types).contains("business-licence", "resident-id-card", "household-register");
        assertThat(items.stream().filter(ServiceItem::isFree).count()).isGreaterThan(items.size() / 2);
        assertThat(items.stream().filter(i -> !i.isFree())).isNotEmpty();
    }

    @Test
    void theDemoDepartmentsHandleItems() throws IOException {
        List<ServiceItem> items = seed();
        assertThat(items).anyMatch(i -> i.implementationAt(DivisionCode.of("640324000000"), "county-market-regulation")
                .isPresent());
        assertThat(items).anyMatch(i -> i.implementationAt(DivisionCode.of("640324100000"), "yuhai-town-service-center")
                .isPresent());
    }
}
