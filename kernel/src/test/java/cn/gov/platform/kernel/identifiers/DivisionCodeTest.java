package cn.gov.platform.kernel.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.identifiers.DivisionCode.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodeTest {

    @Test
    void knowsItsLevelFromTheCode() {
        assertThat(DivisionCode.of("640000000000").level()).isEqualTo(Level.PROVINCE);
        assertThat(DivisionCode.of("640300000000").level()).isEqualTo(Level.CITY);
        assertThat(DivisionCode.of("640324000000").level()).isEqualTo(Level.COUNTY);
        assertThat(DivisionCode.of("640324100000").level()).isEqualTo(Level.TOWNSHIP);
        assertThat(DivisionCode.of("640324100201").level()).isEqualTo(Level.VILLAGE);
    }

    @Test
    void derivesItsParentByTheCodingRulesUpToTheProvince() {
        assertThat(DivisionCode.of("640324100201").parent()).contains(DivisionCode.of("640324100000"));
        assertThat(DivisionCode.of("640324100000").parent()).contains(DivisionCode.of("640324000000"));
        assertThat(DivisionCode.of("640324000000").parent()).contains(DivisionCode.of("640300000000"));
        assertThat(DivisionCode.of("640300000000").parent()).contains(DivisionCode.of("640000000000"));
        assertThat(DivisionCode.of("640000000000").parent()).isEmpty();
    }

    @Test
    void onAPlatformEndingAtTheCountyACountyHasNoParent() {
        assertThat(DivisionCode.of("640324100201").parentWithin(Level.COUNTY)).contains(DivisionCode.of("640324100000"));
        assertThat(DivisionCode.of("640324100000").parentWithin(Level.COUNTY)).contains(DivisionCode.of("640324000000"));
        assertThat(DivisionCode.of("640324000000").parentWithin(Level.COUNTY)).isEmpty();
        assertThat(DivisionCode.of("640300000000").parentWithin(Level.COUNTY)).isEmpty();
    }

    @Test
    void containsItselfAndWhatLiesInsideIt() {
        DivisionCode county = DivisionCode.of("640324000000");
        DivisionCode yuhai = DivisionCode.of("640324100000");
        DivisionCode village = DivisionCode.of("640324100201");

        assertThat(county.contains(village)).isTrue();
        assertThat(yuhai.contains(village)).isTrue();
        assertThat(village.contains(village)).isTrue();
        assertThat(DivisionCode.of("640324101000").contains(village)).isFalse();
        assertThat(village.contains(yuhai)).isFalse();
        assertThat(DivisionCode.of("640300000000").contains(village)).isTrue();
        assertThat(DivisionCode.of("650000000000").contains(village)).isFalse();
    }

    @Test
    void namesItsSignificantDigitsAndItsCounty() {
        assertThat(DivisionCode.of("640324000000").significant()).isEqualTo("640324");
        assertThat(DivisionCode.of("640324100000").significant()).isEqualTo("640324100");
        assertThat(DivisionCode.of("640324100201").significant()).isEqualTo("640324100201");
        assertThat(DivisionCode.of("640300000000").significant()).isEqualTo("6403");
        assertThat(DivisionCode.of("640324100201").county()).isEqualTo("640324");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "640324",        // the county's 6 digits alone
            "6403241002011", // 13 digits
            "64032410020A",  // a letter
            "000000000000",  // no province
            "990324100201",  // no such province
            "830000000000",  // a residence-permit prefix, not a division
            "640324600000",  // township segment above 599
            "640324100400",  // village segment above 399
            "640300000100",  // a village under no county or township
            "640324000201"}) // a village under no township
    void refusesCodesThatBreakTheRulesNamingTheField(String value) {
        assertThatThrownBy(() -> DivisionCode.parse(value, "servicePoint"))
                .isInstanceOfSatisfying(DomainViolation.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainViolation.Kind.INVALID);
                    assertThat(e.code()).isEqualTo("INVALID_DIVISION_CODE");
                    assertThat(e.field()).isEqualTo("servicePoint");
                });
        assertThat(DivisionCode.isValid(value)).isFalse();
        assertThatThrownBy(() -> DivisionCode.of(value)).isInstanceOfSatisfying(DomainViolation.class,
                e -> assertThat(e.field()).isEqualTo("division"));
    }

    @Test
    void nullIsRefusedLikeAnyOtherBadCode() {
        assertThatThrownBy(() -> DivisionCode.parse(null, "division")).isInstanceOf(DomainViolation.class);
    }
}
