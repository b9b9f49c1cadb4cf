package cn.gov.platform.certificates.imports.domain;

import cn.gov.platform.certificates.registry.domain.Holder;
import cn.gov.platform.certificates.registry.domain.IssueData;
import cn.gov.platform.kernel.DomainViolation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One row of a legacy CSV. Columns: {@code legacyNumber, typeCode, holderKind, holderName,
 * issuingDepartment, issuingDivision, validFrom, validUntil}, the holder as {@code holderIdNumber}
 * (a person) or {@code holderCreditCode} (an enterprise), or, as in files made before issue 18, as
 * {@code holderSubject} with {@code holderIdHash}/{@code holderCreditCode}; and one
 * {@code field.<name>} column per certificate field. The legacy number becomes the case key
 * ({@code LEGACY-<number>}), so importing a row twice yields one certificate.
 *
 * <p>A holder given by number is resolved before the rows are stored ({@link LegacyHolders}): the
 * stored row carries the number's key and the account holding it in the {@link #INTERNAL} columns,
 * or why the number was refused, and never the number.
 */
public final class LegacyRow {

    public static final List<String> REQUIRED = List.of("legacyNumber", "typeCode", "holderKind", "holderName",
            "issuingDepartment", "issuingDivision", "validFrom", "validUntil");
    /** The columns that can name the holder; a file needs at least one. */
    public static final List<String> HOLDER_COLUMNS = List.of("holderIdNumber", "holderCreditCode", "holderSubject");
    static final String KEY = "#holderKey";
    static final String ACCOUNT = "#holderAccount";
    static final String REFUSAL = "#refusal";
    /** Columns the import adds to the stored rows; a file may not name a column starting with '#'. */
    public static final List<String> INTERNAL = List.of(KEY, ACCOUNT, REFUSAL);
    private static final char SEPARATOR = '\u001f';

    private LegacyRow() {
    }

    /** The header's missing (or reserved) columns; empty when the file can be imported. */
    public static List<String> missingColumns(List<String> header) {
        List<String> missing = new ArrayList<>(REQUIRED.stream().filter(c -> !header.contains(c)).toList());
        if (HOLDER_COLUMNS.stream().noneMatch(header::contains)) {
            missing.add("holderIdNumber | holderCreditCode");
        }
        header.stream().filter(c -> c.startsWith("#")).forEach(c -> missing.add("(" + c + ": '#' is reserved)"));
        return missing;
    }

    /** What a stored row says when its holder's number was refused before it was stored. */
    static String refusal(DomainViolation e) {
        return String.join(String.valueOf(SEPARATOR), e.field() == null ? "row" : e.field(), e.code(),
                e.userMessage().zh(), e.userMessage().en());
    }

    /**
     * @param header the stored header: the file's and the {@link #INTERNAL} columns
     * @throws DomainViolation naming the column at fault
     */
    public static IssueData toIssue(List<String> header, List<String> values) {
        if (values.size() != header.size()) {
            int internal = (int) header.stream().filter(INTERNAL::contains).count();
            throw DomainViolation.invalid("row", "WRONG_COLUMN_COUNT", "列数与表头不一致。",
                    "The row has " + (values.size() - internal) + " columns, the header " + (header.size() - internal) + ".");
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
        String refused = row.getOrDefault(REFUSAL, "");
        if (!refused.isEmpty()) {
            String[] parts = refused.split(String.valueOf(SEPARATOR), 4);
            throw DomainViolation.invalid(parts[0], parts[1], parts[2], parts[3]);
        }
        Holder holder = holder(row);
        return new IssueData("LEGACY-" + legacy, row.get("typeCode"), holder, row.get("issuingDepartment"),
                row.get("issuingDivision"), fields, date("validFrom", row.get("validFrom")),
                row.get("validUntil").isEmpty() ? null : date("validUntil", row.get("validUntil")));
    }

    private static Holder holder(Map<String, String> row) {
        Holder.Kind kind = Holder.Kind.of(row.get("holderKind"));
        String name = row.get("holderName");
        String key = row.getOrDefault(KEY, "");
        if (!key.isEmpty()) {
            // By number: the account holding it now, or none yet (the certificate waits for its holder).
            String account = blankToNull(row.getOrDefault(ACCOUNT, ""));
            return kind == Holder.Kind.PERSON ? new Holder(account, kind, name, key, null)
                    : new Holder(account, kind, name, null, key);
        }
        String subject = row.getOrDefault("holderSubject", "");
        if (subject.isEmpty()) {
            throw kind == Holder.Kind.PERSON
                    ? DomainViolation.invalid("holderIdNumber", "HOLDER_REQUIRED", "请填写持证人的身份证号码。",
                            "Give the holder's identity number.")
                    : DomainViolation.invalid("holderCreditCode", "HOLDER_REQUIRED", "请填写持证企业的统一社会信用代码。",
                            "Give the holder's unified social credit code.");
        }
        return new Holder(subject, kind, name, blankToNull(row.getOrDefault("holderIdHash", "")),
                blankToNull(row.getOrDefault("holderCreditCode", "")));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
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
