package cn.gov.platform.intake.cases.infrastructure;

import cn.gov.platform.support.acting.MembershipAnswer;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The identity service's internal checks (docs/architecture.md, "Contracts between services"). */
@FeignClient(name = "identity", url = "${platform.intake.identity.uri}")
interface IdentityClient {

    @GetMapping("/api/identity/internal/mandates/check")
    MandateCheck checkMandate(@RequestParam("actor") String actor, @RequestParam("principal") String principal,
            @RequestParam("item") String item);

    @GetMapping("/api/identity/internal/staff/check")
    StaffCheck checkStaff(@RequestParam("staff") String staff, @RequestParam("role") String role,
            @RequestParam("department") String department, @RequestParam("division") String division);

    /** Issue 17: whom a counter filing belongs to (the person's account, or their person record). */
    @org.springframework.web.bind.annotation.PostMapping("/api/identity/internal/person-records")
    CounterPerson servedAtCounter(@org.springframework.web.bind.annotation.RequestBody CounterPersonBody body);

    /** Issue 17: the person-record subjects that are this account's. */
    @GetMapping("/api/identity/internal/persons/{subject}/person-records")
    RecordSubjects recordsOf(@org.springframework.web.bind.annotation.PathVariable("subject") String subject);

    /** CAT-3: who the applicant is, for the data exchange's query (the number never leaves that request). */
    @GetMapping("/api/identity/internal/persons/{subject}/credit-subject")
    CreditSubject creditSubject(@org.springframework.web.bind.annotation.PathVariable("subject") String subject);

    /** Issue 18: whether the subject acts for the enterprise, and in which role; 404 when not. */
    @GetMapping("/api/identity/internal/enterprises/{creditCode}/members/{subject}")
    MembershipAnswer enterpriseMember(@org.springframework.web.bind.annotation.PathVariable("creditCode") String creditCode,
            @org.springframework.web.bind.annotation.PathVariable("subject") String subject);

    record CreditSubject(@Nullable String kind, @Nullable String name, @Nullable String idNumber,
            @Nullable String creditCode) {
    }

    record CounterPersonBody(String name, String idNumber, @Nullable String phone, String filedBy) {
    }

    record CounterPerson(@Nullable String subject, @Nullable Boolean registered) {
    }

    record RecordSubjects(java.util.@Nullable List<String> subjects) {
    }

    record MandateCheck(@Nullable Boolean allowed, @Nullable String reason, @Nullable String mandateId,
            @Nullable String principalName) {
    }

    record StaffCheck(@Nullable Boolean allowed, @Nullable String reason) {
    }
}
