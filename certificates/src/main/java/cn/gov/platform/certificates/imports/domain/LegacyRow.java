package cn.gov.platform.certificates.imports.domain;

import cn.gov.platform.certificates.registry.domain.Holder;
import cn.gov.platform.certificates.registry.domain.IssueData;
import cn.gov.platform.kernel.DomainViolation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a legacy CSV. Columns: {@code legacyNumber, typeCode, holderKind, holderSubject,
 * holderName, holderIdHash, holderCreditCode, issuingDepartment, issuingDivision, validFrom,
 * validUntil} and one {@code field.<name>} column per certificate field. The legacy number
 * becomes the case key ({@code LEGACY-<number>}), so importing a row twice yields one certificate.
 */
public final class LegacyRow {

    public static final List<String> REQUIRED = List.of("legacyNumber", "typeCode", "holderKind", "holderSubject",
            "holderName", "holderIdHash", "holderCreditCode", "issuingDepartment", "issuingDivision", "validFrom",
            "validUntil");

    private LegacyRow() {
    }

    /** The header's missing columns; empty when the file can be imported. */
    public static List<String> missingColumns(List<String> header) {
        return REQUIRED.stream().filter(c -> !header.contains(c)).toList();
    }

    /** @throws DomainViolation naming the column at fault */
    public static IssueData toIssue(List<String> header, List<String> values) {
        if (values.size() != header.size()) {
            throw DomainViolation.invalid("row", "WRONG_COLUMN_COUNT", "列数与表头不一致。",
                    "The row has " + values.size() + " columns, the header " + header.size() + ".");
        }
        Map<String, String> row = new LinkedHashMap<>();
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            String value = values.get(i).trim();
            if (name.startsWith("field.")) {
                if (!value.isEmpty()) {
                    fields.put(name.substring("field.".length()), value);
                }
            } else {
                row.put(name, value);
            }
        }
        String legacy = row.get("legacyNumber");
        if (legacy.isEmpty() || !legacy.matches("[\\p{L}\\p{N}()（）\\-_/]{1,60}")) {
            throw DomainViolation.invalid("legacyNumber", "INVALID_LEGACY_NUMBER", "原证照编号缺失或含非法字符。",
                    "The legacy number is missing or has characters that are not allowed.");
        }
        Holder holder = new Holder(row.get("holderSubject"), Holder.Kind.of(row.get("holderKind")),
                row.get("holderName"), blankToNull(row.get("holderIdHash")), blankToNull(row.get("holderCreditCode")));
        return new IssueData("LEGACY-" + legacy, row.get("typeCode"), holder, row.get("issuingDepartment"),
                row.get("issuingDivision"), fields, date("validFrom", row.get("validFrom")),
                row.get("validUntil").isEmpty() ? null : date("validUntil", row.get("validUntil")));
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static LocalDate date(String column, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw DomainViolation.invalid(column, "INVALID_DATE", column + " 应为 yyyy-MM-dd 格式的日期。",
                    column + " must be a date as yyyy-MM-dd.");
        }
    }
}
