package cn.gov.platform.certificates.registry.domain;

import cn.gov.platform.certificates.signing.domain.DataHash;
import cn.gov.platform.certificates.signing.domain.Signature;
import cn.gov.platform.certificates.signing.domain.SignatureAlgorithm;
import cn.gov.platform.certificates.signing.domain.Signatures;
import cn.gov.platform.kernel.DomainViolation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * The compact signed token a certificate's QR code carries:
 * {@code C1.<number>.<SM3 data hash hex>.<key id>.<S|E>.<signature base64url>}. The number is the
 * status pointer (online verification, or the offline status list); the hash lets a verifier
 * holding the data check it; the signature, by the registry's key, proves the token is ours.
 */
public record QrToken(CertificateNumber number, DataHash dataHash, Signature signature) {

    private static final String VERSION = "C1";

    public QrToken {
        Objects.requireNonNull(number);
        Objects.requireNonNull(dataHash);
        Objects.requireNonNull(signature);
    }

    public static QrToken sign(CertificateNumber number, DataHash hash, Signatures signatures) {
        return new QrToken(number, hash, signatures.sign(signedPart(number, hash)));
    }

    public boolean authentic(Signatures signatures) {
        return signatures.verify(signature, signedPart(number, dataHash));
    }

    public String encode() {
        return String.join(".", VERSION, number.value(), dataHash.hex(), signature.keyId(), algorithmCode(),
                signature.base64());
    }

    /**
     * Reads a token; anything not exactly of the form above is refused as invalid input
     * (field {@code qr}), never as a server error.
     */
    public static QrToken parse(String text) {
        String[] parts = text.split("\\.", -1);
        if (text.length() > 1000 || parts.length != 6 || !VERSION.equals(parts[0])
                || !CertificateNumber.isWellFormed(parts[1]) || !parts[2].matches("[0-9a-f]{64}")
                || !parts[3].matches("[a-z0-9-]{1,64}") || !parts[4].matches("[SE]")
                || !parts[5].matches("[A-Za-z0-9_-]{16,200}")) {
            throw malformed();
        }
        try {
            SignatureAlgorithm algorithm = "S".equals(parts[4]) ? SignatureAlgorithm.SM2_SM3 : SignatureAlgorithm.ED25519;
            return new QrToken(new CertificateNumber(parts[1]), new DataHash(parts[2]),
                    new Signature(parts[3], algorithm, Base64.getUrlDecoder().decode(parts[5])));
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
    }

    // The key id need not be signed: re-labelling a token to another key makes it fail verification.
    private static byte[] signedPart(CertificateNumber number, DataHash hash) {
        return (VERSION + "." + number.value() + "." + hash.hex()).getBytes(StandardCharsets.UTF_8);
    }

    private String algorithmCode() {
        return signature.algorithm() == SignatureAlgorithm.SM2_SM3 ? "S" : "E";
    }

    private static DomainViolation malformed() {
        return DomainViolation.invalid("qr", "MALFORMED_QR", "二维码内容无法识别，请重新扫描证照上的二维码。",
                "The QR data cannot be read; scan the code on the certificate again.");
    }
}
