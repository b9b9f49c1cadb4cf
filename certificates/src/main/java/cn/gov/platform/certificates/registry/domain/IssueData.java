package cn.gov.platform.certificates.registry.domain;

import cn.gov.platform.kernel.DomainViolation;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What an issuer asks to certify, already checked against the certificate type. */
public record IssueData(String caseNumber, String typeCode, Holder holder, String issuingDepartment,
        String issuingDivision, Map<String, String> fields, LocalDate validFrom, @Nullable LocalDate validUntil) {

    public IssueData {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(typeCode, "typeCode");
        Objects.requireNonNull(holder, "holder");
        fields = Map.copyOf(fields);
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw DomainViolation.invalid("validUntil", "VALIDITY_REVERSED", "有效期截止日不能早于起始日。",
                    "The end of validity cannot be before its start.");
        }
    }
}
