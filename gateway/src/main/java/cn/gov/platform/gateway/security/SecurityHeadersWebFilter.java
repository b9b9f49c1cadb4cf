package cn.gov.platform.gateway.security;

import cn.gov.platform.gateway.portal.PortalPolicy;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The security headers of every answer the gateway gives, its own refusals included: set once,
 * up front, from values computed at start (instead of Spring Security's writers, which run a
 * chain of callbacks per response and miss the firewall's refusals). A handler or a service may
 * still set its own {@code Cache-Control}; without one nothing is cached.
 *
 * <ul>
 * <li>{@code Content-Security-Policy}: the portal's (see {@link PortalPolicy}), including
 *     {@code frame-ancestors 'none'}</li>
 * <li>{@code Strict-Transport-Security}: only on requests that arrived over HTTPS</li>
 * <li>{@code Permissions-Policy}: the camera for the page itself (scanning a certificate's QR
 *     code), nothing else</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class SecurityHeadersWebFilter implements WebFilter {

    static final String PERMISSIONS_POLICY =
            "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private final HttpHeaders always;

    SecurityHeadersWebFilter(PortalPolicy portal) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Content-Security-Policy", portal.contentSecurityPolicy());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.set("Permissions-Policy", PERMISSIONS_POLICY);
        headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        this.always = HttpHeaders.readOnlyHttpHeaders(headers);
    }

    /** The headers every answer carries (HSTS aside), for answers written outside Spring. */
    public HttpHeaders headers() {
        return always;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders response = exchange.getResponse().getHeaders();
        write(response, always);
        if (exchange.getRequest().getSslInfo() != null) {
            response.set("Strict-Transport-Security", HSTS);
        }
        return chain.filter(exchange);
    }

    static void write(HttpHeaders response, HttpHeaders headers) {
        headers.forEach(response::put);
    }
}
