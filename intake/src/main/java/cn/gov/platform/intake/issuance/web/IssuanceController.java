package cn.gov.platform.intake.issuance.web;

import cn.gov.platform.intake.cases.application.EnterpriseActing;
import cn.gov.platform.support.acting.EnterpriseMember;

import cn.gov.platform.intake.issuance.application.CertificateRegistry;
import cn.gov.platform.intake.issuance.application.IssuanceService;
import cn.gov.platform.intake.issuance.domain.Issuance;
import cn.gov.platform.support.web.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's certificate: its issuance for the applicant side and the department's staff, the data
 * staff enter for it, and certificates the applicant shared as materials (fetched, not copied).
 */
@RestController
class IssuanceController {

    private final IssuanceService issuance;

    IssuanceController(IssuanceService issuance) {
        this.issuance = issuance;
    }

    @GetMapping("/api/intake/cases/{id}/certificate")
    IssuanceView view(@PathVariable String id, @AuthenticationPrincipal Jwt jwt,
            @RequestAttribute(name = EnterpriseActing.ATTRIBUTE, required = false) @Nullable EnterpriseMember acting) {
        return IssuanceView.of(issuance.view(Caller.from(jwt), acting, id));
    }

    /** Staff of the case's department; before the approval the data wait for it, after it they are used at once. */
    @PutMapping("/api/intake/cases/{id}/certificate/data")
    IssuanceView enterData(@PathVariable String id, @Valid @RequestBody DataRequest body,
            @AuthenticationPrincipal Jwt jwt) {
        return IssuanceView.of(issuance.enterData(Caller.from(jwt), id, body.fields()));
    }

    @GetMapping("/api/intake/cases/{id}/materials/{code}/certificate")
    ResponseEntity<CertificateRegistry.Shared> sharedMaterial(@PathVariable String id, @PathVariable String code,
            @AuthenticationPrincipal Jwt jwt) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(issuance.sharedMaterial(Caller.from(jwt), id, code));
    }

    record DataRequest(@NotNull(message = "证照数据必填 | fields is required")
            @Size(min = 1, max = 50, message = "证照数据 1 至 50 项 | fields has 1 to 50 entries")
            Map<String, String> fields) {
    }

    record ProblemView(String code, Map<String, String> message, @Nullable String field) {
    }

    record IssuanceView(String caseId, @Nullable String caseNumber, String typeCode, String state,
            @Nullable String certificateNumber, Map<String, String> fields, int attempts,
            @Nullable Instant nextAttemptAt, @Nullable ProblemView problem, Instant updatedAt,
            @Nullable String verifyPath) {

        static IssuanceView of(Issuance i) {
            Issuance.Problem p = i.problem();
            return new IssuanceView(i.caseId(), i.caseNumber(), i.typeCode(), i.state().name(), i.certificateNumber(),
                    i.fields(), i.attempts(), i.state() == Issuance.State.PENDING ? i.nextAttemptAt() : null,
                    p == null ? null : new ProblemView(p.code(), Map.of("zh", p.zh(), "en", p.en()), p.field()),
                    i.updatedAt(),
                    i.certificateNumber() == null ? null : "/api/certificates/verify/" + i.certificateNumber());
        }
    }

}
