package cn.gov.platform.gateway;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * What the gateway enforces itself.
 *
 * @param maxBodySize      request bodies above this are refused with 413 before reaching a service
 * @param maxDiscardedBody how much of a refused body the gateway still reads and throws away so
 *                         that the client, still sending, gets to read the 413; past this the
 *                         connection is closed instead
 * @param uploads          paths that take file uploads, with their own (larger) body limit
 * @param portalOrigins    browser origins allowed by CORS (the portal's), {@code PORTAL_ORIGIN}
 * @param rateLimit        token-bucket limits per user (by token subject) or, for anonymous
 *                         callers, per client IP, plus stricter rules for sensitive and expensive
 *                         paths; shared by every gateway replica through Redis
 * @param publicPaths      GET paths anyone may call without a token (catalogue, verification,
 *                         public credit queries, API docs)
 * @param publicPostPaths  POST paths anyone may call without a token (citizen self-registration);
 *                         still rate-limited per client address
 * @param breaker          the defaults of every route's circuit breaker
 * @param tokenCache       how validated tokens are remembered
 */
@Validated
@ConfigurationProperties("platform.gateway")
public record GatewayProperties(
        @NotNull @DefaultValue("1MB") DataSize maxBodySize,
        @NotNull @DefaultValue("16MB") DataSize maxDiscardedBody,
        @NotNull @DefaultValue Uploads uploads,
        @DefaultValue("http://localhost:8080") List<String> portalOrigins,
        @Valid @NotNull @DefaultValue RateLimit rateLimit,
        @DefaultValue({}) List<String> publicPaths,
        @DefaultValue({}) List<String> publicPostPaths,
        @NotNull @DefaultValue Breaker breaker,
        @NotNull @DefaultValue TokenCache tokenCache) {

    /**
     * @param paths       path patterns that receive files (e.g. a case's materials)
     * @param maxBodySize the body limit on those paths; the service checks its own per-file limit
     */
    public record Uploads(@DefaultValue({}) List<String> paths,
            @NotNull @DefaultValue("13MB") DataSize maxBodySize) {
    }

    /**
     * No time limit of its own: the HTTP client's {@code response-timeout} already bounds every
     * call, and a second timer per request would only cost CPU.
     *
     * @param slidingWindowSize    how many recent calls the failure rate is computed over
     * @param minimumNumberOfCalls calls needed before the breaker may open
     * @param failureRateThreshold percentage of failed calls that opens the breaker
     * @param waitInOpenState      how long an open breaker answers 503 before probing again
     * @param maxConcurrentCalls   calls one route may have in flight at once (bulkhead); more
     *                             are answered 503 at once rather than queued
     */
    public record Breaker(@Min(1) @DefaultValue("50") int slidingWindowSize,
            @Min(1) @DefaultValue("20") int minimumNumberOfCalls,
            @DefaultValue("50") float failureRateThreshold,
            @NotNull @DefaultValue("10s") Duration waitInOpenState,
            @Min(1) @DefaultValue("256") int maxConcurrentCalls) {
    }

    /**
     * Every caller has one bucket per route ({@code replenishRate}, {@code burstCapacity});
     * {@code rules} add buckets of their own on some paths. Each gateway keeps the buckets in
     * memory and settles them with Redis every {@code syncInterval}, so no request waits for
     * Redis. Two gateways together may let a caller exceed a bucket by at most what one of them
     * admits between two settlements (about one burst plus {@code replenishRate × syncInterval});
     * the excess is charged to the shared bucket as a debt, so the long-run rate holds.
     * Without Redis each gateway goes on limiting on its own.
     *
     * @param replenishRate tokens added per second to a caller's bucket on a route
     * @param burstCapacity the most tokens that bucket holds
     * @param syncInterval  how often the local buckets are settled with Redis
     * @param redisTimeout  how long one settlement may take before Redis counts as unreachable
     * @param redisRetry    after Redis failed, how long the gateway stops asking it before trying again
     * @param maxKeys       the most callers kept in memory per bucket kind; beyond it idle ones
     *                      are dropped first, and callers that still find no room are not limited
     * @param rules         stricter limits on sensitive or expensive paths, by name
     */
    public record RateLimit(@Min(1) @DefaultValue("20") int replenishRate,
            @Min(1) @DefaultValue("40") int burstCapacity,
            @NotNull @DefaultValue("100ms") Duration syncInterval,
            @NotNull @DefaultValue("100ms") Duration redisTimeout,
            @NotNull @DefaultValue("5s") Duration redisRetry,
            @Min(100) @DefaultValue("100000") int maxKeys,
            @DefaultValue({}) Map<String, @Valid Rule> rules) {
    }

    /**
     * One rule: requests whose method and path match take a token from the rule's own bucket
     * (besides the route's), keyed by client address or by caller.
     *
     * @param paths   Ant-style path patterns ({@code **} may stand in the middle)
     * @param methods the HTTP methods it applies to; empty means all
     * @param per     {@code ADDRESS}: per client IP whoever calls; {@code CALLER}: per user when
     *                logged in, else per client IP
     * @param limit   tokens added per {@code period}
     * @param period  the period over which {@code limit} requests are allowed
     * @param burst   the most tokens the bucket holds; 0 means {@code limit}
     */
    public record Rule(@NotEmpty List<String> paths,
            @DefaultValue({}) List<String> methods,
            @NotNull @DefaultValue("CALLER") Per per,
            @Min(1) int limit,
            @NotNull Duration period,
            @Min(0) @DefaultValue("0") int burst) {

        public enum Per { ADDRESS, CALLER }

        public int capacity() {
            return burst == 0 ? limit : burst;
        }

        public double tokensPerSecond() {
            return limit / (period.toNanos() / 1e9);
        }
    }

    /**
     * @param maxTokens the most validated tokens remembered at once (each until it expires)
     */
    public record TokenCache(@Min(1) @DefaultValue("20000") int maxTokens) {
    }
}
