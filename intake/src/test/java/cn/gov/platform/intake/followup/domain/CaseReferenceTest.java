package cn.gov.platform.intake.followup.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.kernel.DomainViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"640324-2026-0000123", "640324-2026-N000045", " 640324-2026-n000045 "})
    void acceptsAcceptanceAndNoticeNumbers(String typed) {
        assertThat(CaseReference.parse(typed).value()).startsWith("640324-2026-");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "640324-2026-123", "6403242026000012", "640324-2026-0000123x", "{\"$ne\":1}", "../../x"})
    void refusesAnythingElseNamingTheFieldNumber(String typed) {
        assertThatThrownBy(() -> CaseReference.parse(typed))
                .isInstanceOfSatisfying(DomainViolation.class, v -> assertThat(v.field()).isEqualTo("number"));
    }
}
