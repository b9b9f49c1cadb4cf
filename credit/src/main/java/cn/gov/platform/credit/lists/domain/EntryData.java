package cn.gov.platform.credit.lists.domain;

import cn.gov.platform.credit.measures.domain.ListColour;
import cn.gov.platform.credit.subjects.domain.SubjectKey;
import cn.gov.platform.kernel.DomainViolation;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What an issuing department states when it lists a subject (CRE-1). The natural key is the
 * department and its decision document number (文书号): the same pair is the same entry, which
 * makes re-imports idempotent.
 */
public record EntryData(SubjectKey subjectKey, String publicName, ListColour list, String listType,
        String issuingDepartment, String legalBasis, String reason, String documentNumber, LocalDate start,
        @Nullable LocalDate end) {

    public EntryData {
        require(publicName, "name", 100);
        require(listType, "listType", 60);
        require(issuingDepartment, "issuingDepartment", 60);
        require(legalBasis, "legalBasis", 500);
        require(reason, "reason", 1000);
        require(documentNumber, "documentNumber", 100);
        if (start == null) {
            throw DomainViolation.invalid("start", "START_REQUIRED", "请填写列入日期。", "Give the start date.");
        }
        if (end != null && end.isBefore(start)) {
            throw DomainViolation.invalid("end", "END_BEFORE_START", "有效期截止日不能早于列入日期。",
                    "The end date cannot be before the start date.");
        }
    }

    /** The entry id: derived from the natural key, so the same listing can never be stored twice. */
    public String entryId() {
        return "E" + NaturalKeys.digest(issuingDepartment + "\u0000" + documentNumber);
    }

    private static void require(@Nullable String value, String field, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw DomainViolation.invalid(field, "FIELD_REQUIRED", field + " 为必填项（不超过 " + max + " 字）。",
                    field + " is required (at most " + max + " characters).");
        }
    }
}
