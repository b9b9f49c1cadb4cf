package cn.gov.platform.gateway.ratelimit;

import cn.gov.platform.gateway.GatewayProperties;
import cn.gov.platform.gateway.web.ProblemResponses;
import io.lettuce.core.ClientOptions;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** The rate limiter's parts, wired once: local buckets, their settlement with Redis, the filter. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    /**
     * While Redis is unreachable Lettuce would queue commands until it reconnects; refused at
     * once instead, a settlement fails fast and the circuit opens without waiting for a timeout.
     */
    @Bean
    LettuceClientOptionsBuilderCustomizer failFastWithoutRedis() {
        return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }

    @Bean
    TokenBuckets tokenBuckets(GatewayProperties properties) {
        return new TokenBuckets(System::nanoTime, properties.rateLimit().maxKeys());
    }

    @Bean
    RateLimits rateLimits(TokenBuckets buckets, GatewayProperties properties) {
        return new RateLimits(buckets, properties.rateLimit());
    }

    @Bean
    SharedBuckets sharedBuckets(TokenBuckets buckets, ReactiveStringRedisTemplate redis,
            GatewayProperties properties, MeterRegistry meters) {
        GatewayProperties.RateLimit limit = properties.rateLimit();
        SharedBuckets shared = new SharedBuckets(buckets, redis, limit.syncInterval(), limit.redisTimeout(),
                limit.redisRetry());
        Gauge.builder("gateway.ratelimit.redis.circuit.open", shared, s -> s.circuitOpen() ? 1 : 0)
                .description("1 while Redis is not asked and each gateway keeps its rate limits alone")
                .register(meters);
        Gauge.builder("gateway.ratelimit.buckets", buckets, TokenBuckets::size)
                .description("Callers' buckets held in this gateway's memory").register(meters);
        return shared;
    }

    @Bean
    PlatformRateLimitGatewayFilterFactory platformRateLimitGatewayFilterFactory(RateLimits limits,
            ProblemResponses problems, MeterRegistry meters) {
        return new PlatformRateLimitGatewayFilterFactory(limits, problems, meters);
    }
}
