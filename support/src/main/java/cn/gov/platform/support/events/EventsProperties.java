package cn.gov.platform.support.events;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The event plumbing of every service, with the same defaults everywhere ({@code platform.events}).
 * platform-defaults.yml maps the older environment names ({@code OUTBOX_INTERVAL},
 * {@code EVENTS_ENABLED}, {@code EVENTS_BATCH}, {@code EVENTS_CLAIM_IDLE},
 * {@code EVENTS_MAX_DELIVERIES}) onto it.
 *
 * @param relay    the outbox relays
 * @param consumer the consumer groups
 */
@Validated
@ConfigurationProperties("platform.events")
public record EventsProperties(@Valid @NotNull @DefaultValue Relay relay, @Valid @NotNull @DefaultValue Consumer consumer) {

    /**
     * @param enabled    whether this instance relays at all (one relay per source runs at a time anyway)
     * @param interval   how long a relay waits for a hint before it looks at the hints in Redis again
     * @param sweepEvery how often a relay also scans its store for outboxes whose hint was lost
     * @param batch      outboxes (documents) read per pass; a full pass is followed by another at once
     * @param lockTtl    how long a relay's lock lives unless renewed; a relay that died frees it after this
     */
    public record Relay(@DefaultValue("true") boolean enabled, @NotNull @DefaultValue("500ms") Duration interval,
            @NotNull @DefaultValue("30s") Duration sweepEvery, @Min(1) @DefaultValue("100") int batch,
            @NotNull @DefaultValue("30s") Duration lockTtl) {
    }

    /**
     * @param enabled       whether this instance reads its streams at all
     * @param name          this instance's consumer name in every group; empty: the host name
     *                      ({@code HOSTNAME}, a pod's name) or, without one, the service and a random suffix
     * @param batch         entries read (and reclaimed) per call
     * @param block         how long a read waits for new entries
     * @param claimIdle     an entry pending this long with any consumer (it failed, or its reader died) is
     *                      taken over with XAUTOCLAIM and handled again
     * @param claimEvery    how often pending entries are looked for
     * @param maxDeliveries an entry whose handling failed on this many deliveries goes to the dead letters
     * @param dedupeWindow  how long a handled event id is remembered to drop a duplicate (the relay sends
     *                      one again only after a crash between sending and marking, within minutes)
     * @param metricsEvery  how often the lag and pending gauges are read from Redis
     * @param readers       readers per subscription in this instance, each a consumer of its own in the group
     *                      ({@code name}, {@code name-2}, ...) on a thread of its own, so that one batch is
     *                      stored while the next is read and handled. More than one gives up the order of a
     *                      stream's events within the instance, as a second instance already does.
     */
    public record Consumer(@DefaultValue("true") boolean enabled, @DefaultValue("") String name,
            @Min(1) @DefaultValue("100") int batch, @NotNull @DefaultValue("1s") Duration block,
            @NotNull @DefaultValue("30s") Duration claimIdle, @NotNull @DefaultValue("5s") Duration claimEvery,
            @Min(1) @DefaultValue("5") int maxDeliveries, @NotNull @DefaultValue("24h") Duration dedupeWindow,
            @NotNull @DefaultValue("10s") Duration metricsEvery, @Min(1) @DefaultValue("1") int readers) {
    }
}
