package cn.gov.platform.certificates.registry.application;

import cn.gov.platform.certificates.registry.domain.Certificates;
import cn.gov.platform.certificates.signing.domain.Canonical;
import cn.gov.platform.certificates.signing.domain.Signature;
import cn.gov.platform.certificates.signing.domain.Signatures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The offline status list: every suspended or revoked number, signed, so a village kiosk can
 * cache it and check a QR code without calling the server. A number not listed was active when
 * the list was issued; the kiosk must not trust a list past {@code nextUpdate}.
 */
public class PublishStatusList {

    private final Certificates certificates;
    private final Signatures signatures;
    private final Clock clock;
    private final Duration maxAge;

    public PublishStatusList(Certificates certificates, Signatures signatures, Clock clock, Duration maxAge) {
        this.certificates = certificates;
        this.signatures = signatures;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** {@code signed} is the canonical JSON the signature covers, byte for byte. */
    public record StatusList(String signed, Instant issuedAt, Instant nextUpdate, Map<String, String> entries,
            String keyId, String algorithm, String signature) {
    }

    public Duration maxAge() {
        return maxAge;
    }

    public StatusList publish() {
        Instant now = clock.instant();
        Instant next = now.plus(maxAge);
        Map<String, String> entries = new TreeMap<>();
        certificates.notActive().forEach((number, status) -> entries.put(number, status.name().toLowerCase(java.util.Locale.ROOT)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("v", "1");
        body.put("issuedAt", now.toString());
        body.put("nextUpdate", next.toString());
        body.put("entries", entries);
        String canonical = Canonical.json(body);
        Signature signature = signatures.sign(canonical.getBytes(StandardCharsets.UTF_8));
        return new StatusList(canonical, now, next, entries, signature.keyId(), signature.algorithm().name(),
                signature.base64());
    }

}
