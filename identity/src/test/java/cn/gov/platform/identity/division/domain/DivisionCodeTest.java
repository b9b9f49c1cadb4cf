package cn.gov.platform.identity.division.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.support.problem.PlatformException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodeTest {

    @Test
    void knowsItsLevelFromTheCode() {
        assertThat(new DivisionCode("640000000000").level()).isEqualTo(DivisionLevel.PROVINCE);
        assertThat(new DivisionCode("640300000000").level()).isEqualTo(DivisionLevel.CITY);
        assertThat(new DivisionCode("640324000000").level()).isEqualTo(DivisionLevel.COUNTY);
        assertThat(new DivisionCode("640324100000").level()).isEqualTo(DivisionLevel.TOWNSHIP);
        assertThat(new DivisionCode("640324100201").level()).isEqualTo(DivisionLevel.VILLAGE);
    }

    @Test
    void derivesItsParentByTheCodingRules() {
        assertThat(new DivisionCode("640324100201").parentByRule()).contains(new DivisionCode("640324100000"));
        assertThat(new DivisionCode("640324100000").parentByRule()).contains(new DivisionCode("640324000000"));
        assertThat(new DivisionCode("640000000000").parentByRule()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"640324", "6403241002011", "64032410020A", "000000000000", "990324100201",
            "640324600000", "640324100400", "640300000100", "640324000201"})
    void refusesCodesThatBreakTheRules(String value) {
        assertThatThrownBy(() -> DivisionCode.parse(value, "division"))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_DIVISION_CODE");
                    assertThat(e.field()).isEqualTo("division");
                });
    }
}
