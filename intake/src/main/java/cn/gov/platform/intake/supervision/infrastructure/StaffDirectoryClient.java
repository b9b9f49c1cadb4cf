package cn.gov.platform.intake.supervision.infrastructure;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Identity's staff positions, as the deadline warnings ask them who is to be told. */
@FeignClient(name = "identity", contextId = "identityStaffDirectory", url = "${platform.intake.identity.uri}")
interface StaffDirectoryClient {

    @GetMapping("/api/identity/internal/staff/holders")
    Holders holders(@RequestParam("role") String role, @RequestParam(value = "department", required = false)
            @Nullable String department, @RequestParam("division") String division);

    record Holders(@Nullable List<String> staff) {
    }
}
