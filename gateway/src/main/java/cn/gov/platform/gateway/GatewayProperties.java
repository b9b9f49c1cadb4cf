package cn.gov.platform.gateway;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * What the gateway enforces itself.
 *
 * @param maxBodySize     request bodies above this are refused with 413 before reaching a service
 * @param uploads         paths that take file uploads, with their own (larger) body limit
 * @param portalOrigins   browser origins allowed by CORS (the portal's), {@code PORTAL_ORIGIN}
 * @param rateLimit       token-bucket limits per user (by token subject) or, for anonymous
 *                        callers, per client IP; kept in Redis so that every gateway replica
 *                        shares them
 * @param publicPaths     GET paths anyone may call without a token (catalogue, verification,
 *                        public credit queries, API docs)
 * @param publicPostPaths POST paths anyone may call without a token (citizen self-registration);
 *                        still rate-limited per client address
 * @param breaker         the defaults of every route's circuit breaker
 */
@Validated
@ConfigurationProperties("platform.gateway")
public record GatewayProperties(
        @NotNull @DefaultValue("1MB") DataSize maxBodySize,
        @NotNull @DefaultValue Uploads uploads,
        @DefaultValue("http://localhost:8080") List<String> portalOrigins,
        @NotNull @DefaultValue RateLimit rateLimit,
        @DefaultValue({}) List<String> publicPaths,
        @DefaultValue({}) List<String> publicPostPaths,
        @NotNull @DefaultValue Breaker breaker) {

    /**
     * @param replenishRate tokens added per second per key
     * @param burstCapacity the most tokens a key can hold
     */
    /**
     * @param paths       path patterns that receive files (e.g. a case's materials)
     * @param maxBodySize the body limit on those paths; the service checks its own per-file limit
     */
    public record Uploads(@DefaultValue({}) List<String> paths,
            @NotNull @DefaultValue("13MB") DataSize maxBodySize) {
    }

    /**
     * @param timeout              how long a service may take before the call counts as failed
     * @param slidingWindowSize    how many recent calls the failure rate is computed over
     * @param minimumNumberOfCalls calls needed before the breaker may open
     * @param failureRateThreshold percentage of failed calls that opens the breaker
     * @param waitInOpenState      how long an open breaker answers 503 before probing again
     * @param maxConcurrentCalls   calls one route may have in flight at once (bulkhead); more
     *                             are answered 503 at once rather than queued
     */
    public record Breaker(@NotNull @DefaultValue("15s") java.time.Duration timeout,
            @Min(1) @DefaultValue("50") int slidingWindowSize,
            @Min(1) @DefaultValue("20") int minimumNumberOfCalls,
            @DefaultValue("50") float failureRateThreshold,
            @NotNull @DefaultValue("10s") java.time.Duration waitInOpenState,
            @Min(1) @DefaultValue("256") int maxConcurrentCalls) {
    }

    public record RateLimit(@Min(1) @DefaultValue("20") int replenishRate,
            @Min(1) @DefaultValue("40") int burstCapacity) {
    }
}
