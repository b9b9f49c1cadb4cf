package cn.gov.platform.certificates.wallet.domain;

import java.util.List;

/** Everything a printed certificate shows, already labelled; the QR text is the verification address. */
public record PrintedCertificate(String title, String titleEn, String number, String holderName,
        List<Line> lines, String issuer, String validity, String issuedAt, String keyId, String qrText) {

    public PrintedCertificate {
        lines = List.copyOf(lines);
    }

    /** One labelled datum. */
    public record Line(String label, String labelEn, String value) {
    }
}
