package cn.gov.platform.gateway.ratelimit;

import cn.gov.platform.gateway.GatewayProperties;
import cn.gov.platform.gateway.GatewayProperties.Rule.Per;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.AntPathMatcher;

/**
 * Decides whether a request may pass: it takes a token from its caller's bucket on the route
 * (per user when logged in, else per client address) and from the bucket of every rule whose
 * method and path it matches. The first empty bucket refuses it; a rule is checked before the
 * route so that a refused rule does not also cost the caller a route token.
 */
final class RateLimits {

    static final String REMAINING_HEADER = "X-RateLimit-Remaining";
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final TokenBuckets buckets;
    private final Limit routeLimit;
    private final Map<String, TokenBuckets.Kind> routes = new ConcurrentHashMap<>();
    private final List<RuleBucket> rules;

    RateLimits(TokenBuckets buckets, GatewayProperties.RateLimit properties) {
        this.buckets = buckets;
        this.routeLimit = new Limit(properties.burstCapacity(), properties.replenishRate());
        List<RuleBucket> rules = new ArrayList<>();
        properties.rules().forEach((name, rule) -> rules.add(new RuleBucket(name, rule,
                buckets.kind("rule:" + name, new Limit(rule.capacity(), rule.tokensPerSecond())))));
        this.rules = List.copyOf(rules);
    }

    /** The answer for one request; {@code user} is the token's subject, or null for an anonymous caller. */
    Verdict check(ServerHttpRequest request, String route, @Nullable String user) {
        String path = request.getPath().value();
        HttpMethod method = request.getMethod();
        String address = null;
        for (RuleBucket rule : rules) {
            if (rule.matches(method, path)) {
                boolean perUser = user != null && rule.per == Per.CALLER;
                String caller = perUser ? user : (address == null ? address = address(request) : address);
                if (rule.kind.take(perUser, caller) == Bucket.REFUSED) {
                    return refusal(rule.kind, perUser, caller);
                }
            }
        }
        TokenBuckets.Kind kind = routes.get(route);
        if (kind == null) {
            kind = routes.computeIfAbsent(route, r -> buckets.kind("route:" + r, routeLimit));
        }
        boolean perUser = user != null;
        String caller = perUser ? user : (address == null ? address(request) : address);
        long left = kind.take(perUser, caller);
        if (left == Bucket.REFUSED) {
            return refusal(kind, perUser, caller);
        }
        return Verdict.allowed(left);
    }

    private static Verdict refusal(TokenBuckets.Kind kind, boolean perUser, String caller) {
        long nanos = kind.nanosUntilNextToken(perUser, caller);
        return Verdict.refused(kind.name, Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }

    private static String address(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    /** What the limiter says: pass (with the tokens left on the route), or refuse (naming the bucket). */
    record Verdict(boolean passes, long remaining, @Nullable String bucket, long retryAfterSeconds) {

        private static final Verdict[] SMALL = new Verdict[64];

        static {
            for (int i = 0; i < SMALL.length; i++) {
                SMALL[i] = new Verdict(true, i, null, 0);
            }
        }

        static Verdict allowed(long remaining) {
            return remaining < SMALL.length ? SMALL[(int) remaining] : new Verdict(true, remaining, null, 0);
        }

        static Verdict refused(String bucket, long retryAfterSeconds) {
            return new Verdict(false, 0, bucket, retryAfterSeconds);
        }
    }

    private static final class RuleBucket {

        final String name;
        final TokenBuckets.Kind kind;
        final Per per;
        private final Set<HttpMethod> methods;
        private final List<String> patterns;
        private final List<String> prefixes;

        RuleBucket(String name, GatewayProperties.Rule rule, TokenBuckets.Kind kind) {
            this.name = name;
            this.kind = kind;
            this.per = rule.per();
            this.methods = rule.methods().stream().map(m -> HttpMethod.valueOf(m.toUpperCase(Locale.ROOT)))
                    .collect(Collectors.toUnmodifiableSet());
            this.patterns = List.copyOf(rule.paths());
            // The literal start of each pattern: most requests are ruled out by it without the matcher.
            this.prefixes = rule.paths().stream().map(RuleBucket::literalPrefix).toList();
        }

        boolean matches(HttpMethod method, String path) {
            if (!methods.isEmpty() && !methods.contains(method)) {
                return false;
            }
            for (int i = 0; i < patterns.size(); i++) {
                if (path.startsWith(prefixes.get(i)) && PATHS.match(patterns.get(i), path)) {
                    return true;
                }
            }
            return false;
        }

        private static String literalPrefix(String pattern) {
            int wildcard = pattern.length();
            for (char c : new char[] {'*', '?', '{'}) {
                int at = pattern.indexOf(c);
                if (at >= 0) {
                    wildcard = Math.min(wildcard, at);
                }
            }
            return pattern.substring(0, wildcard);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
