package cn.gov.platform.gateway.routing;

import io.netty.channel.ConnectTimeoutException;
import java.net.ConnectException;
import java.time.Duration;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.netty.channel.AbortedException;
import reactor.netty.http.client.PrematureCloseException;
import reactor.util.retry.Retry;

/**
 * Tries an idempotent read (GET, HEAD) again, at most twice, when its service could not be
 * reached at all (refused, timed out connecting, or closed before answering); anything else
 * passes untouched. Unlike Spring Cloud Gateway's Retry filter it keeps no copy of request
 * bodies (reads have none) and costs nothing for writes.
 */
@Component
class ReconnectGatewayFilterFactory extends AbstractGatewayFilterFactory<ReconnectGatewayFilterFactory.Config> {

    private static final String ATTEMPTED = ReconnectGatewayFilterFactory.class.getName() + ".attempted";

    ReconnectGatewayFilterFactory() {
        super(Config.class);
    }

    @Override
    public GatewayFilter apply(Config config) {
        Retry retry = Retry.backoff(config.getRetries(), config.getFirstBackoff())
                .maxBackoff(config.getMaxBackoff())
                .filter(ReconnectGatewayFilterFactory::unreachable)
                .onRetryExhaustedThrow((spec, signal) -> signal.failure());
        return (exchange, chain) -> {
            HttpMethod method = exchange.getRequest().getMethod();
            if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
                return chain.filter(exchange);
            }
            return Mono.defer(() -> {
                if (exchange.getAttributes().putIfAbsent(ATTEMPTED, Boolean.TRUE) != null) {
                    ServerWebExchangeUtils.reset(exchange);
                }
                return chain.filter(exchange);
            }).retryWhen(retry);
        };
    }

    static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof ConnectTimeoutException
                    || t instanceof PrematureCloseException || t instanceof AbortedException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    public static class Config {

        private int retries = 2;
        private Duration firstBackoff = Duration.ofMillis(20);
        private Duration maxBackoff = Duration.ofMillis(100);

        public int getRetries() {
            return retries;
        }

        public void setRetries(int retries) {
            this.retries = retries;
        }

        public Duration getFirstBackoff() {
            return firstBackoff;
        }

        public void setFirstBackoff(Duration firstBackoff) {
            this.firstBackoff = firstBackoff;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }
    }
}
