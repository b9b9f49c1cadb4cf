package cn.gov.platform.credit.classes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegisteredInTest {

    @Test
    void anEnterpriseIsRegisteredInTheCountyItsCreditCodeNames() {
        assertThat(ClassRules.registeredIn("91640324MA76TX0DXL")).isEqualTo("640324000000");
        assertThat(ClassRules.registeredIn("91350100M000100Y43")).isEqualTo("350100000000");
    }
}
