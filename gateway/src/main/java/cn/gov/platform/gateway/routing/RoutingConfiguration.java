package cn.gov.platform.gateway.routing;

import cn.gov.platform.gateway.GatewayProperties;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration
class RoutingConfiguration {

    /** One token bucket per caller and route, shared by all gateway replicas through Redis. */
    @Bean
    @Primary
    RedisRateLimiter platformRateLimiter(GatewayProperties properties) {
        return new RedisRateLimiter(properties.rateLimit().replenishRate(), properties.rateLimit().burstCapacity());
    }
}
