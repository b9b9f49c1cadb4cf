package cn.gov.platform.notifications.templates.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTextTest {

    private final TemplateText text = new TemplateText("您的办件 {caseRef} 不予受理，通知书编号 {noticeNumber}，办件 {caseRef}。");

    @Test
    void rendersEveryVariableIncludingRepeatedOnes() {
        assertThat(text.render(Map.of("caseRef", "640324-2026-0000123", "noticeNumber", "640324-2026-N000045")))
                .isEqualTo("您的办件 640324-2026-0000123 不予受理，通知书编号 640324-2026-N000045，办件 640324-2026-0000123。");
    }

    @Test
    void listsItsVariablesInOrderOfFirstUse() {
        assertThat(text.variables()).containsExactly("caseRef", "noticeNumber");
    }

    @Test
    void refusesAMissingVariableNamingIt() {
        assertThatThrownBy(() -> text.render(Map.of("caseRef", "X")))
                .isInstanceOfSatisfying(TemplateText.RenderingRefused.class, e -> {
                    assertThat(e.missing()).containsExactly("noticeNumber");
                    assertThat(e.unknown()).isEmpty();
                    assertThat(e.code()).isEqualTo("TEMPLATE_VARIABLES_MISMATCH");
                });
    }

    @Test
    void refusesAnUnknownVariableRatherThanIgnoringIt() {
        assertThatThrownBy(() -> text.render(Map.of("caseRef", "X", "noticeNumber", "N", "phone", "13812345678")))
                .isInstanceOfSatisfying(TemplateText.RenderingRefused.class, e -> assertThat(e.unknown()).containsExactly("phone"));
    }

    @Test
    void valuesAreInsertedLiterallyEvenWithRegexCharacters() {
        assertThat(new TemplateText("编号 {n}").render(Map.of("n", "$1\\x"))).isEqualTo("编号 $1\\x");
    }

    @Test
    void refusesEmptyTooLongAndMalformedTexts() {
        assertThatThrownBy(() -> new TemplateText(" ")).isInstanceOf(DomainViolation.class).hasMessageContaining("TEMPLATE_TEXT_EMPTY");
        assertThatThrownBy(() -> new TemplateText("字".repeat(301))).hasMessageContaining("TEMPLATE_TEXT_TOO_LONG");
        assertThatThrownBy(() -> new TemplateText("编号 {case ref}")).hasMessageContaining("TEMPLATE_TEXT_MALFORMED");
        assertThatThrownBy(() -> new TemplateText("编号 {caseRef")).hasMessageContaining("TEMPLATE_TEXT_MALFORMED");
        assertThatThrownBy(() -> new TemplateText("编号 {1x}")).hasMessageContaining("TEMPLATE_TEXT_MALFORMED");
    }

    @Test
    void aTextWithoutVariablesRendersOnlyWithNoValues() {
        TemplateText plain = new TemplateText("您的异议已收到。");
        assertThat(plain.render(Map.of())).isEqualTo("您的异议已收到。");
        assertThatThrownBy(() -> plain.render(Map.of("x", "1"))).isInstanceOf(TemplateText.RenderingRefused.class);
    }
}
