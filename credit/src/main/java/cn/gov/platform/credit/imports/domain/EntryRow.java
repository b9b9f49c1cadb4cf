package cn.gov.platform.credit.imports.domain;

import cn.gov.platform.credit.lists.domain.EntryData;
import cn.gov.platform.credit.measures.domain.ListColour;
import cn.gov.platform.credit.subjects.domain.NameMask;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.credit.subjects.domain.SubjectHasher;
import cn.gov.platform.credit.subjects.domain.SubjectKey;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import cn.gov.platform.kernel.DomainViolation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One row of a list-entry import, by column name (the CSV header, or the JSON line's keys):
 * {@code subjectKind} (NATURAL_PERSON | LEGAL_PERSON), {@code idNumber} or {@code creditCode},
 * {@code name}, {@code list} (RED | BLACK), {@code listType}, {@code issuingDepartment},
 * {@code legalBasis}, {@code reason}, {@code documentNumber}, {@code start}, {@code end}
 * (optional; ISO dates). Identity numbers are hashed here and go no further.
 */
public final class EntryRow {

    public static final List<String> COLUMNS = List.of("subjectKind", "idNumber", "creditCode", "name", "list",
            "listType", "issuingDepartment", "legalBasis", "reason", "documentNumber", "start", "end");

    private EntryRow() {
    }

    /** The entry a row states; throws a {@link DomainViolation} naming the field for the first fault. */
    public static EntryData parse(Map<String, String> row, SubjectHasher hasher) {
        String kind = value(row, "subjectKind").toUpperCase(Locale.ROOT);
        SubjectKey key;
        String publicName = value(row, "name");
        switch (kind) {
            case "NATURAL_PERSON" -> {
                key = hasher.keyOf(ResidentIdNumber.parse(value(row, "idNumber")));
                publicName = NameMask.person(publicName);
            }
            case "LEGAL_PERSON" -> key = SubjectKey.legalPerson(
                    new UnifiedSocialCreditCode(value(row, "creditCode").toUpperCase(Locale.ROOT)));
            default -> throw DomainViolation.invalid("subjectKind", "INVALID_SUBJECT_KIND",
                    "主体类型只能是 NATURAL_PERSON 或 LEGAL_PERSON。", "subjectKind must be NATURAL_PERSON or LEGAL_PERSON.");
        }
        ListColour list;
        try {
            list = ListColour.valueOf(value(row, "list").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainViolation.invalid("list", "INVALID_LIST", "名单只能是 RED 或 BLACK。", "list must be RED or BLACK.");
        }
        String end = value(row, "end");
        return new EntryData(key, publicName, list, value(row, "listType"), value(row, "issuingDepartment"),
                value(row, "legalBasis"), value(row, "reason"), value(row, "documentNumber"), date(value(row, "start"), "start"),
                end.isEmpty() ? null : date(end, "end"));
    }

    private static String value(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null ? "" : v.strip();
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw DomainViolation.invalid(field, "INVALID_DATE", field + " 应为 YYYY-MM-DD 格式的日期。",
                    field + " must be a date written YYYY-MM-DD.");
        }
    }
}
