package cn.gov.platform.certificates.staff.infrastructure;

import cn.gov.platform.support.acting.MembershipAnswer;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Identity's staff check and enterprise membership (docs/architecture.md, "Contracts between services"). */
@FeignClient(name = "identity", contextId = "identityStaff", url = "${platform.certificates.identity.uri}")
interface IdentityStaffClient {

    @GetMapping("/api/identity/internal/staff/check")
    StaffCheck check(@RequestParam("staff") String staff, @RequestParam("role") String role,
            @RequestParam("department") String department, @RequestParam("division") String division);

    /** The person's role in the enterprise; 404 when they are not its member (issue 18, point 1). */
    @GetMapping("/api/identity/internal/enterprises/{creditCode}/members/{subject}")
    MembershipAnswer membership(@PathVariable("creditCode") String creditCode, @PathVariable("subject") String subject);

    record StaffCheck(@Nullable Boolean allowed, @Nullable String reason) {
    }
}
