package cn.gov.platform.certificates.registry.web;

import cn.gov.platform.certificates.staff.application.ConfirmedRoles;
import cn.gov.platform.certificates.registry.application.ChangeStatus;
import cn.gov.platform.certificates.registry.domain.Certificate;
import cn.gov.platform.certificates.registry.domain.CertificateStatus;
import cn.gov.platform.support.web.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff of the issuing department suspend, reinstate or revoke, giving a reason. */
@RestController
class StatusController {

    private final ChangeStatus changeStatus;
    private final ConfirmedRoles roles;

    StatusController(ChangeStatus changeStatus, ConfirmedRoles roles) {
        this.changeStatus = changeStatus;
        this.roles = roles;
    }

    @PostMapping("/api/certificates/{number}/suspension")
    StatusView suspend(@PathVariable String number, @Valid @RequestBody Reason reason, @AuthenticationPrincipal Jwt jwt) {
        return change(number, CertificateStatus.Change.SUSPEND, reason, jwt);
    }

    @PostMapping("/api/certificates/{number}/reinstatement")
    StatusView reinstate(@PathVariable String number, @Valid @RequestBody Reason reason, @AuthenticationPrincipal Jwt jwt) {
        return change(number, CertificateStatus.Change.REINSTATE, reason, jwt);
    }

    @PostMapping("/api/certificates/{number}/revocation")
    StatusView revoke(@PathVariable String number, @Valid @RequestBody Reason reason, @AuthenticationPrincipal Jwt jwt) {
        return change(number, CertificateStatus.Change.REVOKE, reason, jwt);
    }

    /** The token's roles, a staff role only where identity confirms it (IDN-3). */
    private java.util.Set<String> confirmed(Caller caller) {
        return roles.of(caller.subject(), caller.roles(), caller.department(), caller.division());
    }

    private StatusView change(String number, CertificateStatus.Change change, Reason reason, Jwt jwt) {
        Caller caller = Caller.from(jwt);
        Certificate c = changeStatus.change(number, change, reason.reason(),
                new ChangeStatus.Staff(caller.subject(), confirmed(caller), caller.department(), caller.division()));
        return new StatusView(c.number().value(), c.status().name().toLowerCase(java.util.Locale.ROOT), reason.reason());
    }

    record Reason(@NotBlank(message = "请填写原因 | reason is required")
            @Size(max = 500, message = "原因不超过 500 字 | reason is at most 500 characters") String reason) {
    }

    record StatusView(String number, String status, String reason) {
    }
}
