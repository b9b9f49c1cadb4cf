package cn.gov.platform.certificates.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.certificates.Fixtures;
import cn.gov.platform.certificates.signing.domain.DataHash;
import cn.gov.platform.certificates.signing.domain.SignatureAlgorithm;
import cn.gov.platform.certificates.signing.infrastructure.KeyRingSignatures;
import cn.gov.platform.kernel.DomainViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QrTokenTest {

    private final KeyRingSignatures signatures = new KeyRingSignatures(
            new Fixtures.MemoryKeys(SignatureAlgorithm.SM2_SM3), SignatureAlgorithm.SM2_SM3);
    private final QrToken token = QrToken.sign(new CertificateNumber("JY-2026-640324-000007"), DataHash.of("data"),
            signatures);

    @Test
    void survivesEncodingAndStaysAuthentic() {
        String text = token.encode();
        QrToken read = QrToken.parse(text);

        assertThat(text).startsWith("C1.JY-2026-640324-000007.").hasSizeLessThan(260);
        assertThat(read).isEqualTo(token);
        assertThat(read.authentic(signatures)).isTrue();
    }

    @Test
    void aTokenPointingAtAnotherNumberIsNotAuthentic() {
        String forged = token.encode().replace("000007", "000008");

        assertThat(QrToken.parse(forged).authentic(signatures)).isFalse();
    }

    @Test
    void aTokenWithAnotherDataHashIsNotAuthentic() {
        String forged = token.encode().replace(DataHash.of("data").hex(), DataHash.of("other").hex());

        assertThat(QrToken.parse(forged).authentic(signatures)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello", "C1.JY-2026-640324-000007", "C2.JY-2026-640324-000007.abc.k.S.xyz",
            "C1.JY-2026-640324-000007.0000.key-1.S.AAAAAAAAAAAAAAAAAAAA",
            "C1.JY-2026-640324-000007.66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0.key-1.X.AAAAAAAAAAAAAAAAAAAA",
            "C1.JY-2026-640324-000007.66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0.key-1.S.A===AAAAAAAAAAAAAAAA",
            "C1.JY-2026-640324-000007.66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0.key-1.S.A"})
    void malformedDataIsRefusedAsInvalidInputOnTheQrField(String text) {
        assertThatThrownBy(() -> QrToken.parse(text)).isInstanceOfSatisfying(DomainViolation.class, e -> {
            assertThat(e.field()).isEqualTo("qr");
            assertThat(e.code()).isEqualTo("MALFORMED_QR");
        });
    }
}
