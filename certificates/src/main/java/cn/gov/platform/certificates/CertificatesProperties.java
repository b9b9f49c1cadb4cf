package cn.gov.platform.certificates;

import cn.gov.platform.certificates.signing.domain.SignatureAlgorithm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the certificate registry ({@code platform.certificates}).
 *
 * @param catalogue         where the certificate-type catalogue is read from
 * @param signing           how certificates are signed and where the keys come from
 * @param verifyUrl         the public verification address a QR code points at; the token is
 *                          appended as {@code ?qr=}, so a phone camera opens the answer
 * @param statusListMaxAge  how long a kiosk may cache the signed status list before fetching again
 * @param pdfFonts          CJK font files (TTF or TTC) tried in order for the PDF rendering; the
 *                          first readable one is embedded. Install e.g. Debian's fonts-wqy-microhei
 *                          in the image; without one, PDFs carry English labels only
 */
@Validated
@ConfigurationProperties("platform.certificates")
public record CertificatesProperties(
        @NotBlank @DefaultValue("classpath:catalogue/certificate-types.json") String catalogue,
        @Valid @NotNull @DefaultValue Signing signing,
        @NotNull @DefaultValue("http://localhost:8080/api/certificates/verify") URI verifyUrl,
        @NotNull @DefaultValue("1h") Duration statusListMaxAge,
        @DefaultValue({"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
                "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"}) List<String> pdfFonts) {

    /**
     * @param algorithm the algorithm of new keys: SM2_SM3 (national standard) or ED25519
     * @param source    GENERATED: keys made on first start and kept in this service's MongoDB,
     *                  for LOCAL DEVELOPMENT ONLY (private keys in a database); CONFIGURED: keys
     *                  from {@code keys}, bound from a mounted secret in production
     * @param keys      the configured keys; exactly one active with its private key, retired keys
     *                  with their public key only. Each: {@code id}, {@code algorithm},
     *                  {@code public-key} (X.509 SubjectPublicKeyInfo DER, base64),
     *                  {@code private-key} (PKCS#8 DER, base64), {@code active}, {@code created-at}
     * @param verifiedMemo how many successful signature checks are remembered (content-addressed,
     *                  so tampered data always misses); 0 turns the memo off
     */
    public record Signing(
            @NotNull @DefaultValue("SM2_SM3") SignatureAlgorithm algorithm,
            @NotNull @DefaultValue("GENERATED") Source source,
            @DefaultValue({}) List<@Valid ConfiguredKey> keys,
            @jakarta.validation.constraints.PositiveOrZero @DefaultValue("10000") int verifiedMemo) {

        public enum Source { GENERATED, CONFIGURED }
    }

    /** One configured key; see {@link Signing#keys()}. */
    public record ConfiguredKey(@NotBlank String id, @NotNull SignatureAlgorithm algorithm, @NotBlank String publicKey,
            @Nullable String privateKey, boolean active, @NotNull java.time.Instant createdAt) {

        @Override
        public String toString() {
            return "ConfiguredKey[" + id + "]";
        }
    }
}
