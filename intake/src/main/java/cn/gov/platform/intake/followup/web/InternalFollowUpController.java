package cn.gov.platform.intake.followup.web;

import cn.gov.platform.intake.followup.application.Applicants;
import cn.gov.platform.intake.followup.application.FollowUpService;
import cn.gov.platform.intake.followup.domain.Progress;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * For notifications, answering an SMS "CX &lt;number&gt;" (realm role {@code service}, enforced for
 * {@code /internal/**} by the support library): the case's progress only when {@code phone} is the
 * applicant's phone on record, else 404 FOLLOW_UP_NOT_FOUND. The phone travels in the body, never in a
 * path or query that a log would keep.
 */
@RestController
class InternalFollowUpController {

    private final FollowUpService followUp;

    InternalFollowUpController(FollowUpService followUp) {
        this.followUp = followUp;
    }

    record PhoneLookup(@Nullable String number, @Nullable String phone) {
        @Override
        public String toString() {
            return "PhoneLookup[" + number + "]";
        }
    }

    @PostMapping("/api/intake/internal/follow-up/sms-lookups")
    Progress forPhone(@RequestBody PhoneLookup body) {
        if (body.phone() == null || body.phone().isBlank()) {
            throw PlatformException.invalid("phone", "PHONE_REQUIRED", Message.of("缺少手机号码。", "The phone number is missing."));
        }
        try {
            return followUp.forPhone(body.number() == null ? "" : body.number(), body.phone())
                    .orElseThrow(FollowUpService::notFound);
        } catch (Applicants.Unavailable identityDown) {
            throw new PlatformException(HttpStatus.SERVICE_UNAVAILABLE, "IDENTITY_UNAVAILABLE",
                    Message.of("身份服务暂不可用，请稍后再试。", "The identity service is unavailable; try again later."));
        }
    }
}
