package cn.gov.platform.certificates.sharing.web;

import cn.gov.platform.certificates.registry.web.Owners;
import cn.gov.platform.support.acting.ActingFor;
import cn.gov.platform.certificates.staff.application.ConfirmedRoles;
import cn.gov.platform.certificates.registry.domain.Certificate;
import cn.gov.platform.certificates.sharing.application.Sharing;
import cn.gov.platform.certificates.sharing.domain.CertificateUse;
import cn.gov.platform.certificates.sharing.domain.Share;
import cn.gov.platform.support.web.Caller;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The holder grants and withdraws shares and sees every use; a department fetches under a share. */
@RestController
class SharingController {

    private final Sharing sharing;
    private final ConfirmedRoles roles;
    private final Owners owners;

    SharingController(Sharing sharing, ConfirmedRoles roles, Owners owners) {
        this.sharing = sharing;
        this.roles = roles;
        this.owners = owners;
    }

    @PostMapping("/api/certificates/wallet/{number}/shares")
    @ApiResponse(responseCode = "201", description = "The share granted")
    ResponseEntity<Share> grant(@PathVariable String number, @Valid @RequestBody GrantRequest request,
            @AuthenticationPrincipal Jwt jwt, @RequestHeader(name = ActingFor.HEADER, required = false) @Nullable String actingFor) {
        return ResponseEntity.status(HttpStatus.CREATED).body(sharing.grant(owners.acting(jwt, actingFor), number,
                request.department(), request.purpose(), request.from(), request.until()));
    }

    @GetMapping("/api/certificates/wallet/{number}/shares")
    SharesView shares(@PathVariable String number, @AuthenticationPrincipal Jwt jwt, @RequestHeader(name = ActingFor.HEADER, required = false) @Nullable String actingFor) {
        return new SharesView(sharing.shares(owners.reading(jwt, actingFor), number));
    }

    @DeleteMapping("/api/certificates/wallet/{number}/shares/{shareId}")
    Share withdraw(@PathVariable String number, @PathVariable String shareId, @AuthenticationPrincipal Jwt jwt,
            @RequestHeader(name = ActingFor.HEADER, required = false) @Nullable String actingFor) {
        return sharing.withdraw(owners.acting(jwt, actingFor), number, shareId);
    }

    @GetMapping("/api/certificates/wallet/{number}/uses")
    UsesView uses(@PathVariable String number, @AuthenticationPrincipal Jwt jwt, @RequestHeader(name = ActingFor.HEADER, required = false) @Nullable String actingFor) {
        return new UsesView(sharing.uses(owners.reading(jwt, actingFor), number).stream()
                .map(u -> new UseView(u.department(), u.purpose(), u.shareId(), u.at().toString())).toList());
    }

    /** Staff of a department holding a share: the certificate's data, logged as a use. */
    @GetMapping("/api/certificates/shared/{number}")
    ResponseEntity<SharedView> fetch(@PathVariable String number, @AuthenticationPrincipal Jwt jwt) {
        Caller caller = Caller.from(jwt);
        Sharing.Fetched fetched = sharing.fetch(new Sharing.Staff(caller.subject(),
                roles.of(caller.subject(), caller.roles(), caller.department(), caller.division()), caller.department()),
                number);
        return view(fetched);
    }

    /** Service accounts (intake) acting for a department; the security chain requires role service. */
    @GetMapping("/api/certificates/internal/shared/{number}")
    ResponseEntity<SharedView> fetchForService(@PathVariable String number, @RequestParam String department,
            @AuthenticationPrincipal Jwt jwt) {
        return view(sharing.fetchForService(department, jwt.getSubject(), number));
    }

    private static ResponseEntity<SharedView> view(Sharing.Fetched fetched) {
        Certificate c = fetched.certificate();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new SharedView(c.number().value(),
                c.typeCode(), fetched.status().code(), c.holder().displayName(), c.holder().kind().code(),
                c.holder().creditCode(), c.fields(), c.issuingDepartment(), c.issuingDivision(), c.validFrom(),
                c.validUntil(), fetched.share().purpose(), fetched.share().until()));
    }

    record GrantRequest(@NotBlank(message = "部门必填 | department is required") String department,
            @NotBlank(message = "用途必填 | purpose is required") String purpose,
            @NotNull(message = "起始日必填 | from is required") LocalDate from,
            @NotNull(message = "截止日必填 | until is required") LocalDate until) {
    }

    record SharesView(List<Share> shares) {
    }

    /** The holder sees which department used it, for what and when; the staff member stays internal. */
    record UseView(String department, String purpose, String shareId, String at) {
    }

    record UsesView(List<UseView> uses) {
    }

    record SharedView(String number, String typeCode, String status, String holderName, String holderKind,
            @Nullable String creditCode, Map<String, String> fields, String issuingDepartment, String issuingDivision,
            LocalDate validFrom, @Nullable LocalDate validUntil, String purpose, LocalDate sharedUntil) {
    }
}
