package cn.gov.platform.notifications.inbound.infrastructure;

import org.jspecify.annotations.Nullable;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Intake's internal 12345 hotline operations (docs/architecture.md, "Contracts between services"). */
@FeignClient(name = "intake", contextId = "intakeHotline", url = "${notifications.inbound.intake-uri}")
interface IntakeHotlineClient {

    @PostMapping("/api/intake/internal/hotline/ratings")
    Rated rate(@RequestBody PhoneRating body);

    @PostMapping("/api/intake/internal/hotline/caller-phones")
    CallerPhone callerPhone(@RequestBody PhoneRequest body);

    /** The phone goes in the body, never in a path or query a log would keep. */
    record PhoneRating(String phone, int rating) {
        @Override
        public String toString() {
            return "PhoneRating[" + rating + "]";
        }
    }

    record Rated(@Nullable String ticketId, @Nullable Integer rating) {
    }

    record PhoneRequest(String ticketId) {
    }

    record CallerPhone(@Nullable String phone) {
        @Override
        public String toString() {
            return "CallerPhone[***]";
        }
    }
}
