package cn.gov.platform.certificates.sharing.domain;

import java.time.Instant;

/** One use of a certificate by a department, as shown to the holder: who, for what, under which share, when. */
public record CertificateUse(String id, String number, String holderSubject, String department, String staffSubject,
        String purpose, String shareId, Instant at) {
}
