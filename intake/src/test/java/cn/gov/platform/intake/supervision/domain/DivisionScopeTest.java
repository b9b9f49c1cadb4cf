package cn.gov.platform.intake.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.kernel.DomainViolation;
import org.junit.jupiter.api.Test;

class DivisionScopeTest {

    @Test
    void aCountySupervisorSeesTheWholeCounty() {
        DivisionScope county = DivisionScope.of("640324000000");
        assertThat(county.prefix()).isEqualTo("640324");
        assertThat(county.includes("640324000000")).isTrue();
        assertThat(county.includes("640324100000")).isTrue();
        assertThat(county.includes("640324100201")).isTrue();
        assertThat(county.includes("640302000000")).as("another county").isFalse();
    }

    @Test
    void aTownshipSupervisorSeesOnlyTheTownshipAndItsVillages() {
        DivisionScope yuhai = DivisionScope.of("640324100000");
        assertThat(yuhai.prefix()).isEqualTo("640324100");
        assertThat(yuhai.includes("640324100201")).isTrue();
        assertThat(yuhai.includes("640324101000")).as("another town").isFalse();
        assertThat(yuhai.includes("640324000000")).as("the county above").isFalse();
    }

    @Test
    void aVillageSupervisorSeesOnlyTheVillage() {
        DivisionScope village = DivisionScope.of("640324100201");
        assertThat(village.prefix()).isEqualTo("640324100201");
        assertThat(village.includes("640324100202")).isFalse();
    }

    @Test
    void aMalformedDivisionIsRefused() {
        assertThatThrownBy(() -> DivisionScope.of("640324")).isInstanceOf(DomainViolation.class);
    }
}
