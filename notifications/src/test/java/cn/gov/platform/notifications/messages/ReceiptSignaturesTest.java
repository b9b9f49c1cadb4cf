package cn.gov.platform.notifications.messages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.notifications.messages.application.ReceiptSignatures;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReceiptSignaturesTest {

    private final ReceiptSignatures signatures = new ReceiptSignatures(Map.of("A", "secret-a", "B", "secret-b"));
    private final String body = "{\"clientRef\":\"e:1\",\"status\":\"DELIVERED\"}";
    private final byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

    @Test
    void aBodySignedWithTheProvidersSecretIsAuthentic() {
        assertThat(signatures.isAuthentic("A", bytes, "sha256=" + ReceiptSignatures.hmacHex("secret-a", body))).isTrue();
    }

    @Test
    void theOtherProvidersSecretAWrongBodyOrNoSignatureAreRefused() {
        String signedByB = "sha256=" + ReceiptSignatures.hmacHex("secret-b", body);
        assertThat(signatures.isAuthentic("A", bytes, signedByB)).isFalse();
        assertThat(signatures.isAuthentic("A", "{}".getBytes(StandardCharsets.UTF_8),
                "sha256=" + ReceiptSignatures.hmacHex("secret-a", body))).isFalse();
        assertThat(signatures.isAuthentic("A", bytes, null)).isFalse();
        assertThat(signatures.isAuthentic("A", bytes, "sha256=zz")).isFalse();
        assertThat(signatures.isAuthentic("C", bytes, signedByB)).isFalse();
    }
}
