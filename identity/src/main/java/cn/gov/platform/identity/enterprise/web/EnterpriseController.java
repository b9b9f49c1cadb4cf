package cn.gov.platform.identity.enterprise.web;

import cn.gov.platform.identity.enterprise.application.EnterpriseService;
import cn.gov.platform.identity.enterprise.domain.Enterprise;
import cn.gov.platform.identity.enterprise.domain.MemberRole;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Enterprises, seen only by their legal representative and members (others get 404). */
@RestController
class EnterpriseController {

    private final EnterpriseService enterprises;

    EnterpriseController(EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @PostMapping("/api/identity/enterprises")
    @ResponseStatus(HttpStatus.CREATED)
    EnterpriseView register(@AuthenticationPrincipal Jwt jwt, @RequestBody RegisterRequest request) {
        return EnterpriseView.of(enterprises.register(jwt.getSubject(),
                UnifiedSocialCreditCode.parse(request.creditCode(), "creditCode"), request.name()));
    }

    @GetMapping("/api/identity/enterprises/{creditCode}")
    EnterpriseView one(@AuthenticationPrincipal Jwt jwt, @PathVariable String creditCode) {
        return EnterpriseView.of(enterprises.visibleTo(jwt.getSubject(), UnifiedSocialCreditCode.parse(creditCode, "creditCode")));
    }

    @PostMapping("/api/identity/enterprises/{creditCode}/members")
    EnterpriseView authorise(@AuthenticationPrincipal Jwt jwt, @PathVariable String creditCode,
            @RequestBody MemberRequest request) {
        return EnterpriseView.of(enterprises.authorise(jwt.getSubject(),
                UnifiedSocialCreditCode.parse(creditCode, "creditCode"),
                request.username() == null ? "" : request.username(),
                MemberRole.parse(request.role() == null ? "" : request.role(), "role")));
    }

    @DeleteMapping("/api/identity/enterprises/{creditCode}/members/{subject}")
    EnterpriseView revoke(@AuthenticationPrincipal Jwt jwt, @PathVariable String creditCode,
            @PathVariable String subject) {
        return EnterpriseView.of(enterprises.revoke(jwt.getSubject(),
                UnifiedSocialCreditCode.parse(creditCode, "creditCode"), subject));
    }

    record RegisterRequest(@Nullable String creditCode, @Nullable String name) {
    }

    record MemberRequest(@Nullable String username, @Nullable String role) {
    }

    public record EnterpriseView(String creditCode, String name, String legalRepresentative, List<MemberView> members) {
        public static EnterpriseView of(Enterprise e) {
            return new EnterpriseView(e.creditCode().value(), e.name(), e.legalRepresentative(), e.members().stream()
                    .filter(m -> m.active())
                    .map(m -> new MemberView(m.subject(), m.role().name().toLowerCase(Locale.ROOT), m.since()))
                    .toList());
        }
    }

    public record MemberView(String subject, String role, Instant since) {
    }
}
