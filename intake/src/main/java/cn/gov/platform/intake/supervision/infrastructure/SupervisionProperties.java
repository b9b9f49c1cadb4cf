package cn.gov.platform.intake.supervision.infrastructure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Electronic supervision, ratings and complaints in this deployment.
 *
 * @param yellowDays   an open item is yellow when at most this many working days remain ({@code SUPERVISION_YELLOW_DAYS})
 * @param followUpDays working days the department has to handle the follow-up of a poor rating
 * @param warnings     the daily deadline-warning job
 */
@Validated
@ConfigurationProperties("platform.intake.supervision")
record SupervisionProperties(@Min(0) @Max(20) @DefaultValue("3") int yellowDays,
        @Min(1) @Max(60) @DefaultValue("5") int followUpDays,
        @Valid @NotNull @DefaultValue Warnings warnings) {

    /**
     * @param cron when departments are warned each day (Asia/Shanghai); "-" turns the job off
     */
    record Warnings(@NotBlank @DefaultValue("0 30 8 * * *") String cron) {
    }
}
