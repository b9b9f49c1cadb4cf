package cn.gov.platform.credit.subjects.infrastructure;

import org.jspecify.annotations.Nullable;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Identity's internal credit-subject lookup and staff check (docs/architecture.md, "Contracts between services"). */
@FeignClient(name = "identity", url = "${platform.credit.identity.uri}")
interface IdentityClient {

    @GetMapping("/api/identity/internal/persons/{subject}/credit-subject")
    Answer creditSubject(@PathVariable("subject") String subject);

    /** Does {@code staff} hold {@code role} in {@code department} for something in {@code division} (IDN-3)? */
    @GetMapping("/api/identity/internal/staff/check")
    StaffCheck checkStaff(@RequestParam("staff") String staff, @RequestParam("role") String role,
            @RequestParam("department") String department, @RequestParam("division") String division);

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
