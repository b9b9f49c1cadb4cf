package cn.gov.platform.notifications.inbound.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InboundTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"CX 640324-2026-0000123", "cx 640324-2026-0000123", "Cx640324-2026-0000123",
            "  CX   640324-2026-0000123  ", "CX\u3000640324-2026-0000123", "ＣＸ　６４０３２４－２０２６－００００１２３",
            "CX:640324-2026-0000123", "CX：640324-2026-0000123", "cx 640324\u20142026\u20140000123"})
    void readsTheQueryHoweverItIsTyped(String text) {
        assertThat(InboundText.parse(text)).isEqualTo(new InboundText.CaseQuery("640324-2026-0000123"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cx 640324-2026-n000045", "CX 640324-2026-N000045"})
    void readsANoticeNumberToo(String text) {
        assertThat(InboundText.parse(text)).isEqualTo(new InboundText.CaseQuery("640324-2026-N000045"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4", " 4 ", "４", "\u30004"})
    void aSingleDigitIsARatingOfTheHotlinesAnswer(String text) {
        assertThat(InboundText.parse(text)).isEqualTo(new InboundText.Rating(4));
    }

    @org.junit.jupiter.api.Test
    void everyDigitFromOneToFiveRates() {
        for (int d = 1; d <= 5; d++) {
            assertThat(InboundText.parse(String.valueOf(d))).isEqualTo(new InboundText.Rating(d));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6", "9", "45", "4 分", "-1"})
    void anotherNumberIsNoRating(String text) {
        assertThat(InboundText.parse(text)).isEqualTo(new InboundText.Unknown());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "CX", "CX 2026-123", "查询 640324-2026-0000123", "TD", "hello", "CX 640324-2026-0000123 please",
            "XC 640324-2026-0000123", "CX 640324-2026-00001234"})
    void anythingElseIsUnknownAndGetsTheHelpText(String text) {
        assertThat(InboundText.parse(text)).isEqualTo(new InboundText.Unknown());
    }
}
