package cn.gov.platform.notifications.inbound.infrastructure;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Intake's internal follow-up for an SMS sender (docs/architecture.md, "Contracts between services"). */
@FeignClient(name = "intake", contextId = "intakeFollowUp", url = "${notifications.inbound.intake-uri}")
interface IntakeFollowUpClient {

    @PostMapping("/api/intake/internal/follow-up/sms-lookups")
    Progress forPhone(@RequestBody PhoneLookup body);

    /** The phone goes in the body, never in a path or query a log would keep. */
    record PhoneLookup(String number, String phone) {
        @Override
        public String toString() {
            return "PhoneLookup[" + number + "]";
        }
    }

    record StateName(@Nullable String zh, @Nullable String en) {
    }

    record Progress(@Nullable String number, @Nullable String itemName, @Nullable StateName state,
            @Nullable LocalDate submittedOn, @Nullable LocalDate acceptedOn, @Nullable LocalDate decidedOn,
            @Nullable LocalDate dueOn, @Nullable String departmentName) {
    }
}
