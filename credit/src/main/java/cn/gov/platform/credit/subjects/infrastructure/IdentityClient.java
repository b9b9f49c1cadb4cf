package cn.gov.platform.credit.subjects.infrastructure;

import cn.gov.platform.support.acting.MembershipAnswer;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Identity's internal credit-subject lookup, staff check and enterprise membership (docs/architecture.md, "Contracts between services"). */
@FeignClient(name = "identity", url = "${platform.credit.identity.uri}")
interface IdentityClient {

    @GetMapping("/api/identity/internal/persons/{subject}/credit-subject")
    Answer creditSubject(@PathVariable("subject") String subject);

    /** Does {@code staff} hold {@code role} in {@code department} for something in {@code division} (IDN-3)? */
    @GetMapping("/api/identity/internal/staff/check")
    StaffCheck checkStaff(@RequestParam("staff") String staff, @RequestParam("role") String role,
            @RequestParam("department") String department, @RequestParam("division") String division);

    /** The person's role in the enterprise; 404 when they are not its member (issue 18, point 1). */
    @GetMapping("/api/identity/internal/enterprises/{creditCode}/members/{subject}")
    MembershipAnswer membership(@PathVariable("creditCode") String creditCode, @PathVariable("subject") String subject);

    record StaffCheck(@Nullable Boolean allowed, @Nullable String reason) {
    }

    /** The identity number arrives here only to be hashed; this record is never logged or stored. */
    record Answer(@Nullable String kind, @Nullable String name, @Nullable String idNumber, @Nullable String creditCode) {

        @Override
        public String toString() {
            return "Answer[kind=" + kind + "]";
        }
    }
}
