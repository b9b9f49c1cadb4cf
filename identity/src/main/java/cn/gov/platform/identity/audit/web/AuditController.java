package cn.gov.platform.identity.audit.web;

import cn.gov.platform.identity.audit.application.AuditLog;
import cn.gov.platform.identity.audit.domain.AuditEntry;
import cn.gov.platform.identity.audit.domain.AuditTrail;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who changed what: the whole trail for administrators, and each person's own (IDN-4). */
@RestController
@Validated
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/identity/admin/audit")
    @PreAuthorize("hasRole('admin')")
    List<AuditEntry> query(@RequestParam(required = false) @Nullable String subject,
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String objectType,
            @RequestParam(required = false) @Nullable String objectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
            @RequestParam(defaultValue = "100") @Min(value = 1, message = "limit 至少为 1 | limit is at least 1")
            @Max(value = 500, message = "limit 最多为 500 | limit is at most 500") int limit) {
        return audit.find(new AuditTrail.Query(subject, actor, objectType, objectId, from, to, limit));
    }

    /** Every recorded change to the caller's own data, whoever made it. */
    @GetMapping("/api/identity/me/audit")
    List<AuditEntry> mine(@AuthenticationPrincipal Jwt jwt,
            @RequestParam(defaultValue = "100") @Min(value = 1, message = "limit 至少为 1 | limit is at least 1")
            @Max(value = 500, message = "limit 最多为 500 | limit is at most 500") int limit) {
        return audit.find(new AuditTrail.Query(jwt.getSubject(), null, null, null, null, null, limit));
    }
}
