package cn.gov.platform.certificates.staff.infrastructure;

import org.jspecify.annotations.Nullable;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Identity's staff check (docs/architecture.md, "Contracts between services"). */
@FeignClient(name = "identity", contextId = "identityStaff", url = "${platform.certificates.identity.uri}")
interface IdentityStaffClient {

    @GetMapping("/api/identity/internal/staff/check")
    StaffCheck check(@RequestParam("staff") String staff, @RequestParam("role") String role,
            @RequestParam("department") String department, @RequestParam("division") String division);

    record StaffCheck(@Nullable Boolean allowed, @Nullable String reason) {
    }
}
