package cn.gov.platform.intake.followup.infrastructure;

import org.jspecify.annotations.Nullable;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Identity's internal answers about a person (accounts and person records alike), as the follow-up uses them. */
@FeignClient(name = "identity", contextId = "identityFollowUp", url = "${platform.intake.identity.uri}")
interface ApplicantClient {

    @GetMapping("/api/identity/internal/persons/{subject}/credit-subject")
    CreditSubject creditSubject(@PathVariable("subject") String subject);

    @GetMapping("/api/identity/internal/persons/{subject}/contact")
    Contact contact(@PathVariable("subject") String subject);

    /** {@code kind} NATURAL_PERSON with {@code idNumber}, or LEGAL_PERSON with a credit code (ignored here). */
    record CreditSubject(@Nullable String kind, @Nullable String idNumber) {
        @Override
        public String toString() {
            return "CreditSubject[" + kind + "]";
        }
    }

    record Contact(@Nullable String phone) {
        @Override
        public String toString() {
            return "Contact[***]";
        }
    }
}
