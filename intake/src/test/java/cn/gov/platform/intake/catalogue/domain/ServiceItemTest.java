package cn.gov.platform.intake.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.kernel.identifiers.DivisionCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceItemTest {

    @Test
    void aPromisedLimitLongerThanTheStatutoryOneCannotBeBuilt() {
        assertThatThrownBy(() -> TimeLimits.of(10, 11)).hasMessageContaining("PROMISED_EXCEEDS_STATUTORY");
        assertThat(TimeLimits.of(20, 20).promised().value()).isEqualTo(20);
    }

    @Test
    void anImmediateItemIsOneStepDecidedTheSameDay() {
        assertThatThrownBy(() -> Fixtures.item("SCJG-009", ItemClass.IMMEDIATE, TimeLimits.of(5, 0),
                List.of(StaffRole.HANDLER, StaffRole.APPROVER))).hasMessageContaining("IMMEDIATE_IS_ONE_STEP");
        assertThatThrownBy(() -> Fixtures.item("SCJG-009", ItemClass.IMMEDIATE, TimeLimits.of(5, 1),
                List.of(StaffRole.HANDLER))).hasMessageContaining("IMMEDIATE_IS_ONE_STEP");
    }

    @Test
    void aChainStartsWithTheHandlerAndKeepsItsOrder() {
        assertThatThrownBy(() -> Fixtures.item("SCJG-009", ItemClass.PROMISED, TimeLimits.of(5, 2),
                List.of(StaffRole.APPROVER, StaffRole.HANDLER))).hasMessageContaining("INVALID_DECISION_CHAIN");
        assertThatThrownBy(() -> Fixtures.item("SCJG-009", ItemClass.PROMISED, TimeLimits.of(5, 2), List.of()))
                .hasMessageContaining("INVALID_DECISION_CHAIN");
    }

    @Test
    void aJointItemNamesItsDepartments() {
        assertThatThrownBy(() -> Fixtures.item("ZJ-009", ItemClass.JOINT, TimeLimits.of(20, 12),
                List.of(StaffRole.HANDLER))).hasMessageContaining("JOINT_DEPARTMENTS_REQUIRED");
    }

    @Test
    void divisionCodesHaveTwelveDigitsAndKnowTheirLevel() {
        assertThat(DivisionCode.of("640324000000").level()).isEqualTo(DivisionCode.Level.COUNTY);
        assertThat(DivisionCode.of("640324100000").level()).isEqualTo(DivisionCode.Level.TOWNSHIP);
        assertThat(DivisionCode.of("640324100201").level()).isEqualTo(DivisionCode.Level.VILLAGE);
        assertThat(DivisionCode.of("640324100000").contains(DivisionCode.of("640324100201"))).isTrue();
        assertThat(DivisionCode.of("640324101000").contains(DivisionCode.of("640324100201"))).isFalse();
        assertThatThrownBy(() -> DivisionCode.of("640324")).hasMessageContaining("INVALID_DIVISION");
    }

    @Test
    void anItemIsHandledOnlyWhereItHasAnImplementation() {
        ServiceItem item = Fixtures.foodPermit();
        assertThat(item.implementationAt(Fixtures.COUNTY, null)).isPresent();
        assertThat(item.implementationAt(Fixtures.COUNTY, "county-civil-affairs")).isEmpty();
        assertThat(item.implementationAt(Fixtures.YUHAI, null)).isEmpty();
    }

    @Test
    void onlyFeesFromTheCatalogueCanBeCharged() {
        FeeCatalogue fees = new FeeCatalogue(List.of(Fixtures.free()));
        assertThat(fees.resolve(List.of("FEE-NONE"))).hasSize(1);
        assertThatThrownBy(() -> fees.resolve(List.of("FEE-INVENTED"))).hasMessageContaining("FEE_NOT_IN_CATALOGUE");
    }

    @Test
    void anEnglishListTranslatesTheChineseOneItemForItem() {
        ServiceItem item = Fixtures.foodPermit();
        EnglishGuide oneConditionTooMany = new EnglishGuide(null, null, null,
                java.util.stream.Stream.concat(item.conditions().stream(), java.util.stream.Stream.of("extra")).toList(),
                null, null, null, null);

        assertThatThrownBy(() -> withEnglish(item, oneConditionTooMany)).hasMessageContaining("ENGLISH_LIST_MISMATCH");
        EnglishGuide procedure = new EnglishGuide(null, null, null, null,
                item.procedure().stream().map(step -> "Step").toList(), "Result", null, null);
        ServiceItem translated = withEnglish(item, procedure);
        assertThat(translated.englishProcedure()).hasSameSizeAs(item.procedure()).containsOnly("Step");
        assertThat(translated.englishResult()).isEqualTo("Result");
        assertThat(translated.englishConditions()).as("not translated: the Chinese").isEqualTo(item.conditions());
        assertThat(translated.englishSupervision()).isEqualTo(item.supervision());
    }

    @Test
    void aFeeNamedInOneStringAsBeforeIssue20ReadsAsItsTwoNames() {
        Fee stored = new Fee("FEE-REALESTATE-HOUSING", "不动产登记费（住宅，每件）| real-estate registration fee, housing, per case",
                new java.math.BigDecimal("80"), "财税〔2016〕79号");

        Fee read = new FeeCatalogue(List.of(stored)).find("FEE-REALESTATE-HOUSING").orElseThrow();

        assertThat(read.name()).isEqualTo("不动产登记费（住宅，每件）");
        assertThat(read.englishName()).isEqualTo("real-estate registration fee, housing, per case");
        assertThat(read.englishLegalBasis()).as("none stored: the Chinese").isEqualTo("财税〔2016〕79号");
        assertThat(Fixtures.free().fromOneString()).isEqualTo(Fixtures.free());
    }

    private static ServiceItem withEnglish(ServiceItem i, EnglishGuide english) {
        return i.toBuilder().english(english).build();
    }
}
