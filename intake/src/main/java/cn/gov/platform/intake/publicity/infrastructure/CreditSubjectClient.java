package cn.gov.platform.intake.publicity.infrastructure;

import org.jspecify.annotations.Nullable;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The identity service's answer to "who is this applicant, for publication": kind and name. */
@FeignClient(name = "identity", contextId = "identityCreditSubjects", url = "${platform.intake.identity.uri}")
interface CreditSubjectClient {

    @GetMapping("/api/identity/internal/persons/{subject}/credit-subject")
    CreditSubject creditSubject(@PathVariable("subject") String subject);

    /** Only what publication needs; identity may send more (the credit code), which is ignored. */
    record CreditSubject(@Nullable String kind, @Nullable String name) {
    }
}
