package cn.gov.platform.certificates.catalogue.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A kind of certificate in the unified catalogue (CER-1): what it is called, who may hold it,
 * which departments may issue it, how long it is valid and which data it carries.
 *
 * @param prefix           the letters that start its certificate numbers, so a number says its type
 * @param validityYears    default validity when the issuer gives no end date; null means long-term (长期)
 * @param maxValidityYears the longest validity an issuer may set; null means no cap
 */
public record CertificateType(String code, String prefix, String name, String nameEn, Set<String> holderKinds,
        List<String> issuingDepartments, String legalBasis, @Nullable Integer validityYears,
        @Nullable Integer maxValidityYears, List<FieldSpec> fields) {

    public CertificateType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(prefix, "prefix");
        if (!prefix.matches("[A-Z]{2,6}")) {
            throw new IllegalArgumentException("prefix of " + code + " must be 2-6 capital letters");
        }
        holderKinds = Set.copyOf(holderKinds);
        issuingDepartments = List.copyOf(issuingDepartments);
        fields = List.copyOf(fields);
    }

    public boolean issuableBy(String department) {
        return issuingDepartments.contains(department);
    }

    public boolean holdableBy(String holderKind) {
        return holderKinds.contains(holderKind);
    }

    public Optional<FieldSpec> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * The end of validity for a certificate starting on {@code from}: the issuer's own date if
     * given, else the type's default; a validity beyond the type's cap is refused by the caller.
     */
    public @Nullable LocalDate defaultValidUntil(LocalDate from) {
        return validityYears == null ? null : from.plusYears(validityYears).minusDays(1);
    }

    public boolean allowsValidity(LocalDate from, @Nullable LocalDate until) {
        if (maxValidityYears == null) {
            return true;
        }
        return until != null && !until.isAfter(from.plusYears(maxValidityYears).minusDays(1));
    }

    /** Every problem with the given data, field by field, so an issuer sees them all at once. */
    public List<FieldProblem> check(Map<String, String> data) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldSpec spec : fields) {
            String value = data.get(spec.name());
            if (value == null || value.isBlank()) {
                if (spec.required()) {
                    problems.add(new FieldProblem(spec.name(), FieldProblem.Kind.MISSING));
                }
            } else if (value.length() > spec.maxLength()) {
                problems.add(new FieldProblem(spec.name(), FieldProblem.Kind.TOO_LONG));
            }
        }
        data.keySet().stream().filter(k -> field(k).isEmpty()).sorted()
                .forEach(k -> problems.add(new FieldProblem(k, FieldProblem.Kind.UNKNOWN)));
        return problems;
    }

    /** A field of the data that does not fit the type. */
    public record FieldProblem(String field, Kind kind) {

        public enum Kind { MISSING, TOO_LONG, UNKNOWN }
    }
}
