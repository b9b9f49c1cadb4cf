package cn.gov.platform.intake.supervision.infrastructure;

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
 * Electronic supervision, ratings and complaints in this deployment.
 *
 * @param yellowDays   an open item is yellow when at most this many working days remain ({@code SUPERVISION_YELLOW_DAYS})
 * @param followUpDays working days the department has to handle the follow-up of a poor rating
 * @param stream       the stream the case events come from and supervision's own events go to
 * @param consumer     the consumer of that stream that keeps the read model current
 * @param relay        the relay of supervision's own events (ratings, complaints, warnings)
 * @param warnings     the daily deadline-warning job
 */
@Validated
@ConfigurationProperties("platform.intake.supervision")
record SupervisionProperties(@Min(0) @Max(20) @DefaultValue("3") int yellowDays,
        @Min(1) @Max(60) @DefaultValue("5") int followUpDays,
        @NotBlank @DefaultValue("intake.case-events") String stream,
        @Valid @NotNull @DefaultValue Consumer consumer, @Valid @NotNull @DefaultValue Relay relay,
        @Valid @NotNull @DefaultValue Warnings warnings) {

    /**
     * @param enabled      whether this instance reads the stream at all
     * @param interval     pause between reads
     * @param batch        records per read
     * @param reclaimAfter a record left unacknowledged this long (failed, or its reader died) is claimed again
     */
    record Consumer(@DefaultValue("true") boolean enabled, @NotNull @DefaultValue("250ms") Duration interval,
            @Min(1) @DefaultValue("100") int batch, @NotNull @DefaultValue("60s") Duration reclaimAfter) {
    }

    /**
     * @param interval   pause between relay rounds
     * @param sweepEvery how often the relay also scans for pending events whose hint was lost
     */
    record Relay(@NotNull @DefaultValue("500ms") Duration interval, @NotNull @DefaultValue("30s") Duration sweepEvery) {
    }

    /**
     * @param cron when departments are warned each day (Asia/Shanghai); "-" turns the job off
     */
    record Warnings(@NotBlank @DefaultValue("0 30 8 * * *") String cron) {
    }
}
