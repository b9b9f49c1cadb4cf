package cn.gov.platform.intake.calendar.infrastructure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How published calendar years come in and what their publication sets off.
 *
 * @param seed      a resource pattern matching one JSON file per year in the form an administrator
 *                  publishes ({@code YearPublication}); a year with no version in the store is seeded
 *                  from it as version 1 by {@code seed} at start-up (the official 2026 ships this way)
 * @param recompute the recomputation of open deadlines after a publication
 */
@Validated
@ConfigurationProperties("platform.intake.calendar")
record PublishingProperties(@NotBlank @DefaultValue("classpath*:calendar/*.json") String seed,
        @Valid @NotNull @DefaultValue Recompute recompute) {

    /**
     * @param interval how often every instance looks for recomputation work (one at a time does it)
     * @param batch    at most this many cases and complaints per round
     * @param lease    how long the instance at work holds the lease without renewing it; a crashed
     *                 instance delays the work by this much at most
     */
    record Recompute(@NotNull @DefaultValue("3s") Duration interval, @Min(1) @Max(10_000) @DefaultValue("200") int batch,
            @NotNull @DefaultValue("30s") Duration lease) {
    }
}
