package cn.gov.platform.certificates.registry.domain;

import java.time.Instant;

/** One status change as recorded: what, why, by whom (staff subject) and when (INT-9). */
public record StatusRecord(CertificateStatus.Change change, CertificateStatus to, String reason, String actor,
        Instant at) {
}
