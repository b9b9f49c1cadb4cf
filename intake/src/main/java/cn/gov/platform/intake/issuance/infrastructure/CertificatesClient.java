package cn.gov.platform.intake.issuance.infrastructure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** The certificate registry's internal API (docs/architecture.md, "Contracts between services"). */
@FeignClient(name = "certificates", url = "${platform.intake.certificates.uri}")
interface CertificatesClient {

    @PostMapping("/api/certificates/internal/certificates")
    Issued issue(@RequestBody IssueBody body);

    @GetMapping("/api/certificates/internal/certificates/{number}/holding")
    Holding holding(@PathVariable("number") String number, @RequestParam("holder") String holder);

    @GetMapping("/api/certificates/types/{code}")
    Type type(@PathVariable("code") String code);

    @GetMapping("/api/certificates/internal/shared/{number}")
    Shared shared(@PathVariable("number") String number, @RequestParam("department") String department);

    record IssueBody(String caseNumber, String typeCode, HolderBody holder, String issuingDepartment,
            String issuingDivision, Map<String, String> fields, LocalDate validFrom) {
    }

    record HolderBody(String subject, String kind, String displayName, @Nullable String idHash,
            @Nullable String creditCode) {
    }

    record Type(@Nullable List<Field> fields) {
    }

    record Field(String name) {
    }

    record Issued(@Nullable String number) {
    }

    record Holding(@Nullable String number, @Nullable String status, @Nullable String typeCode,
            @Nullable Boolean held) {
    }

    record Shared(String number, String typeCode, String status, String holderName, String holderKind,
            Map<String, String> fields, String issuingDepartment, String issuingDivision, LocalDate validFrom,
            @Nullable LocalDate validUntil, String purpose, LocalDate sharedUntil) {
    }
}
