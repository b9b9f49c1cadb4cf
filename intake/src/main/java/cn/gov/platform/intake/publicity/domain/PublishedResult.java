package cn.gov.platform.intake.publicity.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One approved permit on the public list (INT-12): item, case number, decision date, department and
 * the public form of the applicant's name, resolved once at publication. The applicant's subject
 * and identity numbers are never stored here.
 *
 * @param id the case id (one publication per case)
 */
public record PublishedResult(String id, String caseNumber, String itemCode, String itemName, String division,
        String department, String departmentName, Instant decidedAt, LocalDate decidedOn,
        PublicName.Kind applicantKind, String applicantName, Instant publishedAt) {
}
