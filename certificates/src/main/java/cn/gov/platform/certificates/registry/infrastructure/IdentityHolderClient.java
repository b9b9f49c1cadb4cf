package cn.gov.platform.certificates.registry.infrastructure;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Identity's holder keys (docs/architecture.md, "Contracts between services"; issue 18, point 3). */
@FeignClient(name = "identity", contextId = "identityHolders", url = "${platform.certificates.identity.uri}")
interface IdentityHolderClient {

    @PostMapping("/api/identity/internal/holder-keys/resolutions")
    Resolved resolve(@RequestBody Resolution body);

    @GetMapping("/api/identity/internal/persons/{subject}/holder-keys")
    Keys keysOf(@PathVariable("subject") String subject);

    record Resolution(List<String> idNumbers, List<String> creditCodes) {
    }

    record Resolved(@Nullable List<PersonHolder> persons, @Nullable List<EnterpriseHolder> enterprises) {
    }

    record PersonHolder(@Nullable String key, @Nullable String subject) {
    }

    record EnterpriseHolder(@Nullable String subject) {
    }

    /** Identity writes no null field: an absent {@code personKey} means none. */
    record Keys(@Nullable String personKey, @Nullable List<String> creditCodes) {
    }
}
