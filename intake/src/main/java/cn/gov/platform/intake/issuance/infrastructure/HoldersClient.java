package cn.gov.platform.intake.issuance.infrastructure;

import org.jspecify.annotations.Nullable;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Identity's answer to "who is this subject, as a holder of certificates and credit records". */
@FeignClient(name = "identity", contextId = "identityHolders", url = "${platform.intake.identity.uri}")
interface HoldersClient {

    @GetMapping("/api/identity/internal/persons/{subject}/credit-subject")
    CreditSubject subject(@PathVariable("subject") String subject);

    /**
     * {@code kind} is NATURAL_PERSON or LEGAL_PERSON. A person's identity number is hashed at once
     * for the certificate and never stored or logged here.
     */
    record CreditSubject(@Nullable String kind, @Nullable String name, @Nullable String idNumber,
            @Nullable String creditCode) {
    }
}
