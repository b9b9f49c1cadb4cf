package cn.gov.platform.intake.fees.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallbackSignatureTest {

    private static final String SECRET = "local-only-bank-stand-in-secret";
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final String TS = String.valueOf(NOW.getEpochSecond());
    private static final byte[] BODY = """
            {"callbackId":"cb-1","type":"PAYMENT","paymentNumber":"JK640324-2026-0000001","amountYuan":"80.00"}"""
            .getBytes(StandardCharsets.UTF_8);
    private final CallbackSignature signature = new CallbackSignature(SECRET);

    @Test
    void theProvidersSignatureOverTimestampAndBodyIsValid() {
        String signed = signature.sign(TS, BODY);

        assertThat(signed).hasSize(64).matches("[0-9a-f]+");
        assertThat(signature.check(TS, signed, BODY, NOW)).isEqualTo(CallbackSignature.Check.VALID);
        assertThat(signature.check(TS, signed.toUpperCase(), BODY, NOW.plusSeconds(299)))
                .isEqualTo(CallbackSignature.Check.VALID);
    }

    @Test
    void theSameSignatureIsKnownIndependently() throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal((TS + "\n" + new String(BODY, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));

        assertThat(signature.sign(TS, BODY)).isEqualTo(java.util.HexFormat.of().formatHex(expected));
    }

    @Test
    void aSignatureMadeWithAnotherSecretIsForged() {
        String forged = new CallbackSignature("someone-elses-secret-value").sign(TS, BODY);

        assertThat(signature.check(TS, forged, BODY, NOW)).isEqualTo(CallbackSignature.Check.BAD_SIGNATURE);
    }

    @Test
    void anAlteredBodyOrTimestampNoLongerMatchesItsSignature() {
        String signed = signature.sign(TS, BODY);
        byte[] altered = new String(BODY, StandardCharsets.UTF_8).replace("80.00", "8.00")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(signature.check(TS, signed, altered, NOW)).isEqualTo(CallbackSignature.Check.BAD_SIGNATURE);
        assertThat(signature.check(String.valueOf(NOW.getEpochSecond() + 1), signed, BODY, NOW))
                .isEqualTo(CallbackSignature.Check.BAD_SIGNATURE);
    }

    @Test
    void aCallbackSignedMoreThanFiveMinutesAgoIsStaleEvenWhenItsSignatureIsRight() {
        String old = String.valueOf(NOW.minusSeconds(301).getEpochSecond());
        String future = String.valueOf(NOW.plusSeconds(301).getEpochSecond());

        assertThat(signature.check(old, signature.sign(old, BODY), BODY, NOW)).isEqualTo(CallbackSignature.Check.STALE);
        assertThat(signature.check(future, signature.sign(future, BODY), BODY, NOW))
                .isEqualTo(CallbackSignature.Check.STALE);
    }

    @Test
    void aMissingOrMalformedSignatureOrTimestampIsRefused() {
        String signed = signature.sign(TS, BODY);

        assertThat(signature.check(null, signed, BODY, NOW)).isEqualTo(CallbackSignature.Check.MISSING);
        assertThat(signature.check(TS, null, BODY, NOW)).isEqualTo(CallbackSignature.Check.MISSING);
        assertThat(signature.check("yesterday", signed, BODY, NOW)).isEqualTo(CallbackSignature.Check.MISSING);
        assertThat(signature.check(TS, "not-hex", BODY, NOW)).isEqualTo(CallbackSignature.Check.MISSING);
    }

    @Test
    void aShortSecretIsRefusedAndTheSecretNeverShows() {
        assertThatThrownBy(() -> new CallbackSignature("short")).isInstanceOf(IllegalArgumentException.class);
        assertThat(signature.toString()).doesNotContain(SECRET);
    }
}
