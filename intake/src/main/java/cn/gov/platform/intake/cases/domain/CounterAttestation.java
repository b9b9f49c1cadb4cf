package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.util.Set;

/**
 * A filing at the window for a person present there (一窗受理, issue 17, point 2): the clerk attests
 * that they checked the person's identity document in person. Kept with the case; the person's
 * identity number is not: identity holds it (the case names the person's account or person record).
 *
 * @param clerkSubject who filed and attests (the filer of the case)
 * @param documentType the identity document checked: {@code RESIDENT_ID_CARD}, {@code TEMPORARY_ID_CARD},
 *                     {@code HOUSEHOLD_REGISTER}
 * @param registered   whether the person had an account when served (else the case names their person record)
 */
public record CounterAttestation(String clerkSubject, String clerkName, String division, String department,
        String documentType, boolean registered, Instant at) {

    public static final Set<String> DOCUMENT_TYPES = Set.of("RESIDENT_ID_CARD", "TEMPORARY_ID_CARD",
            "HOUSEHOLD_REGISTER");

    /** The attestation as the clerk gives it: the document named, and its check in person confirmed. */
    public static CounterAttestation given(Actor clerk, String division, String department, String documentType,
            boolean checkedInPerson, boolean registered, Instant at) {
        if (documentType == null || !DOCUMENT_TYPES.contains(documentType)) {
            throw DomainViolation.invalid("attestation.documentType", "INVALID_DOCUMENT_TYPE",
                    "请选择核验的身份证件：居民身份证、临时居民身份证或户口簿。",
                    "Name the identity document checked: resident ID card, temporary ID card or household register.");
        }
        if (!checkedInPerson) {
            throw DomainViolation.rule("ATTESTATION_REQUIRED", "窗口代为申请须由工作人员当面核验身份证件并确认。",
                    "Filing at the window needs the clerk's confirmation that the identity document was checked in person.",
                    "attestation.checkedInPerson");
        }
        return new CounterAttestation(clerk.subject(), clerk.name(), division, department, documentType, registered, at);
    }
}
