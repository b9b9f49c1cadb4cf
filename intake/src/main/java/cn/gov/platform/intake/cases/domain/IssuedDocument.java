package cn.gov.platform.intake.cases.domain;

import java.time.Instant;

/**
 * A document as issued (issue 17, point 3): its number, the SHA-256 of its content (what verification
 * compares), where its file is kept; never changed once issued.
 */
public record IssuedDocument(String number, DocumentKind kind, String caseId, String caseReference, String sha256,
        long size, String fileId, Instant issuedAt) {
}
