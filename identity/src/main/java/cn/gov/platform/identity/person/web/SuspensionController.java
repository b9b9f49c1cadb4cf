package cn.gov.platform.identity.person.web;

import cn.gov.platform.identity.person.application.AccountSuspensions;
import cn.gov.platform.identity.person.domain.Suspension;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suspending and reinstating accounts (administrators only). PUT is idempotent: suspending a
 * suspended account answers the suspension in force.
 */
@RestController
@PreAuthorize("hasRole('admin')")
class SuspensionController {

    private final AccountSuspensions suspensions;

    SuspensionController(AccountSuspensions suspensions) {
        this.suspensions = suspensions;
    }

    @PutMapping("/api/identity/admin/accounts/{username}/suspension")
    SuspensionView suspend(@AuthenticationPrincipal Jwt jwt, @PathVariable String username,
            @RequestBody SuspensionRequest request) {
        return SuspensionView.of(suspensions.suspend(jwt.getSubject(), username, request.reason()));
    }

    @DeleteMapping("/api/identity/admin/accounts/{username}/suspension")
    SuspensionView reinstate(@AuthenticationPrincipal Jwt jwt, @PathVariable String username) {
        return SuspensionView.of(suspensions.reinstate(jwt.getSubject(), username));
    }

    @GetMapping("/api/identity/admin/suspensions")
    List<SuspensionView> latest() {
        return suspensions.latest().stream().map(SuspensionView::of).toList();
    }

    record SuspensionRequest(@Nullable String reason) {
    }

    record SuspensionView(String username, String subject, boolean active, String reason, String suspendedBy,
            Instant suspendedAt, @Nullable String reinstatedBy, @Nullable Instant reinstatedAt) {

        static SuspensionView of(Suspension s) {
            return new SuspensionView(s.username(), s.subject(), s.active(), s.reason(), s.suspendedBy(), s.suspendedAt(),
                    s.reinstatedBy(), s.reinstatedAt());
        }
    }
}
