package cn.gov.platform.certificates.registry.web;

import cn.gov.platform.certificates.registry.application.IssueCertificate;
import cn.gov.platform.certificates.registry.application.VerifyCertificate;
import cn.gov.platform.certificates.registry.domain.Certificate;
import cn.gov.platform.certificates.registry.domain.Holder;
import cn.gov.platform.certificates.registry.domain.IssueData;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issue on approval, and the holding check behind an applicant's certificate reference: service
 * accounts only (the security chain requires role {@code service} under {@code /internal/}).
 */
@RestController
class InternalIssueController {

    private final IssueCertificate issue;
    private final VerifyCertificate verify;

    InternalIssueController(IssueCertificate issue, VerifyCertificate verify) {
        this.issue = issue;
        this.verify = verify;
    }

    /** Whether {@code holder} holds the certificate, its type and status (intake's CAT-3 check). */
    @GetMapping("/api/certificates/internal/certificates/{number}/holding")
    HoldingView holding(@PathVariable String number, @RequestParam String holder) {
        VerifyCertificate.Holding h = verify.holding(number, holder);
        return new HoldingView(h.number(), h.status().code(), h.typeCode(), h.held());
    }

    record HoldingView(String number, String status, @Nullable String typeCode, boolean held) {
    }

    /** 201 with the new certificate; 200 with the same one when intake retries. */
    @PostMapping("/api/certificates/internal/certificates")
    ResponseEntity<IssuedView> issue(@Valid @RequestBody IssueRequest request) {
        IssueCertificate.Issued issued = issue.issue(issue.withDefaults(request.toData()));
        Certificate c = issued.certificate();
        IssuedView view = new IssuedView(c.number().value(), c.caseNumber(), c.typeCode(), c.status().name(),
                c.validFrom(), c.validUntil(), c.signature().keyId(), c.signature().algorithm().name(),
                c.dataHash().hex(), c.qr().encode());
        return issued.created()
                ? ResponseEntity.created(URI.create("/api/certificates/verify/" + c.number())).body(view)
                : ResponseEntity.status(HttpStatus.OK).body(view);
    }

    record IssueRequest(
            @NotBlank(message = "办件编号必填 | caseNumber is required") @Size(max = 64) String caseNumber,
            @NotBlank(message = "证照类型必填 | typeCode is required") String typeCode,
            @NotNull(message = "持证主体必填 | holder is required") @Valid HolderRequest holder,
            @NotBlank(message = "颁证部门必填 | issuingDepartment is required") String issuingDepartment,
            @NotBlank(message = "颁证区划必填 | issuingDivision is required")
            @Pattern(regexp = "\\d{12}", message = "区划代码应为 12 位数字 | issuingDivision must be 12 digits")
            String issuingDivision,
            @NotNull(message = "证照数据必填 | fields is required") @Size(max = 50) Map<String, String> fields,
            @NotNull(message = "有效期起始日必填 | validFrom is required") LocalDate validFrom,
            @Nullable LocalDate validUntil) {

        IssueData toData() {
            return new IssueData(caseNumber, typeCode, holder.toHolder(), issuingDepartment, issuingDivision, fields,
                    validFrom, validUntil);
        }
    }

    record HolderRequest(
            @NotBlank(message = "持证主体标识必填 | holder.subject is required") String subject,
            @NotBlank(message = "持证主体类型必填 | holder.kind is required") String kind,
            @NotBlank(message = "持证主体名称必填 | holder.displayName is required") String displayName,
            @Nullable String idHash, @Nullable String creditCode) {

        Holder toHolder() {
            return new Holder(subject, Holder.Kind.of(kind), displayName, idHash, creditCode);
        }
    }

    record IssuedView(String number, String caseNumber, String typeCode, String status, LocalDate validFrom,
            @Nullable LocalDate validUntil, String keyId, String algorithm, String dataHash, String qr) {
    }
}
