package cn.gov.platform.intake.followup.infrastructure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Following a case without logging in (issue 17, point 4).
 *
 * @param key         the HMAC key that seals applicants' ID suffixes ({@code INTAKE_FOLLOW_UP_KEY}; from a
 *                    Secret in production, at least 16 characters; changing it makes every case unfollowable
 *                    by suffix until its keys are sealed again)
 * @param maxFailures wrong tries per case number within {@code window} before the number is locked
 * @param window      how long a number's count of wrong tries lasts, from its first wrong try
 */
@Validated
@ConfigurationProperties("platform.intake.follow-up")
record FollowUpProperties(@NotNull @Size(min = 16) String key, @Min(1) @Max(1000) @DefaultValue("10") int maxFailures,
        @NotNull @DefaultValue("1h") Duration window) {
}
