package cn.gov.platform.notifications.messages.infrastructure;

import org.jspecify.annotations.Nullable;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Identity's contact lookup (docs/architecture.md, "Contracts between services"). */
@FeignClient(name = "identity", url = "${notifications.identity.uri}")
interface IdentityClient {

    @GetMapping("/api/identity/internal/persons/{subject}/contact")
    Contact contact(@PathVariable("subject") String subject);

    /** The phone number in clear: kept in memory for one send, never logged, never stored. */
    record Contact(@Nullable String phone, @Nullable String language) {
        @Override
        public String toString() {
            return "Contact[phone=***, language=" + language + "]";
        }
    }
}
