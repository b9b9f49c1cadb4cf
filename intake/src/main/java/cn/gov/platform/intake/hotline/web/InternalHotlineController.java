package cn.gov.platform.intake.hotline.web;

import cn.gov.platform.intake.hotline.application.HotlineService;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hotline's internal operations for notifications (realm role {@code service}, enforced for
 * {@code /internal/**} by the support library). Phones travel in bodies only, never in a path or a query
 * a log would keep, and never come back in an error.
 */
@RestController
class InternalHotlineController {

    private final HotlineService hotline;

    InternalHotlineController(HotlineService hotline) {
        this.hotline = hotline;
    }

    /** A reply "1" to "5" from {@code phone}: rates that caller's newest answered, unrated ticket. */
    record PhoneRating(@Nullable String phone, @Nullable Integer rating) {
        @Override
        public String toString() {
            return "PhoneRating[" + rating + "]";
        }
    }

    record Rated(String ticketId, int rating, String departmentName) {
    }

    record PhoneRequest(@Nullable String ticketId) {
    }

    record CallerPhone(String phone) {
        @Override
        public String toString() {
            return "CallerPhone[***]";
        }
    }

    @PostMapping("/api/intake/internal/hotline/ratings")
    Rated rate(@RequestBody PhoneRating body) {
        if (body.phone() == null || body.phone().isBlank()) {
            throw PlatformException.invalid("phone", "PHONE_REQUIRED", Message.of("缺少手机号码。", "The phone number is missing."));
        }
        if (body.rating() == null) {
            throw PlatformException.invalid("rating", "RATING_REQUIRED", Message.of("缺少评价。", "The rating is missing."));
        }
        var t = hotline.rateByPhone(body.phone(), body.rating());
        return new Rated(t.id(), t.rating() == null ? body.rating() : t.rating(), t.departmentName());
    }

    /** The number to send a caller's answer to; 404 for a portal message or no such ticket. */
    @PostMapping("/api/intake/internal/hotline/caller-phones")
    CallerPhone phone(@RequestBody PhoneRequest body) {
        return hotline.callerPhone(body.ticketId() == null ? "" : body.ticketId()).map(CallerPhone::new)
                .orElseThrow(HotlineService::notFound);
    }
}
