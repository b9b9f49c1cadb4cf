package cn.gov.platform.gateway.security;

import cn.gov.platform.gateway.GatewayProperties;
import cn.gov.platform.gateway.portal.PortalConfiguration;
import cn.gov.platform.gateway.web.ProblemResponses;
import cn.gov.platform.support.problem.CommonProblems;
import cn.gov.platform.support.security.BearerTokens;
import cn.gov.platform.support.security.SuspendedAccounts;
import cn.gov.platform.support.security.TokenProperties;
import cn.gov.platform.support.security.TokenValidation;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import reactor.core.publisher.Mono;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.config.observation.SecurityObservationSettings;
import java.time.Clock;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * The gateway validates every token (signature against the realm's JWKS, issuer, audience,
 * expiry) before routing, lets anonymous callers reach only public reads, and relays the
 * caller's token unchanged so each service checks it again for itself.
 */
@Configuration
@EnableWebFluxSecurity
class GatewaySecurityConfiguration {

    /**
     * Every token's signature and claims are checked on first sight, then remembered until it
     * expires; its account's suspension on every request.
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(TokenProperties properties, GatewayProperties gateway, Clock clock,
            SuspendedAccounts suspended) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
                .withJwkSetUri(properties.jwkSetUri().toString()).build();
        decoder.setJwtValidator(TokenValidation.validator(properties));
        return new RememberedTokens(decoder, clock, gateway.tokenCache().maxTokens(), suspended);
    }

    /**
     * Spring Security's observations wrap each of its filters in a timer per request; the
     * gateway's request metrics already say how long requests take.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring Security's strict firewall, its header checks by a scan ({@link BearerTokens#ALLOWED_HEADER_VALUE}). */
    @Bean
    ServerWebExchangeFirewall firewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(BearerTokens.ALLOWED_HEADER_VALUE);
        firewall.setAllowedHeaderValues(BearerTokens.ALLOWED_HEADER_VALUE);
        return firewall;
    }

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, GatewayProperties gateway,
            ProblemResponses problems) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(TokenValidation.realmRoleAuthorities());
        String[] publicGets = gateway.publicPaths().toArray(String[]::new);
        ProblemResponses.Prepared unauthenticatedProblem = problems.prepare(HttpStatus.UNAUTHORIZED,
                "UNAUTHENTICATED", CommonProblems.UNAUTHENTICATED);
        ProblemResponses.Prepared forbiddenProblem = problems.prepare(HttpStatus.FORBIDDEN, "FORBIDDEN",
                CommonProblems.FORBIDDEN);
        ServerAuthenticationEntryPoint unauthenticated = (exchange, e) -> {
            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
            return unauthenticatedProblem.write(exchange);
        };
        ServerAccessDeniedHandler denied = (exchange, e) -> forbiddenProblem.write(exchange);
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                // Stateless: no session is looked up, created or saved for any request.
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .cors(cors -> cors.configurationSource(cors(gateway)))
                // Written by SecurityHeadersWebFilter on every answer, refusals included.
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .authorizeExchange(auth -> auth
                        .pathMatchers(HttpMethod.OPTIONS).permitAll()
                        // Services call each other's internal APIs directly, never through the door.
                        .pathMatchers("/api/*/internal/**").denyAll()
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        // The gateway's port is the public one: metrics and route details
                        // only for a scraper or operator holding a service or admin token.
                        .pathMatchers("/actuator/**").hasAnyRole("service", "admin")
                        .pathMatchers(HttpMethod.GET, PortalConfiguration.PUBLIC_PATHS).permitAll()
                        .pathMatchers(HttpMethod.GET, publicGets).permitAll()
                        .pathMatchers(HttpMethod.POST, gateway.publicPostPaths().toArray(String[]::new)).permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(rs -> rs
                        // The token read by a scan, with Spring Security's answers (BearerTokens).
                        .bearerTokenConverter(exchange -> Mono.fromCallable(() -> BearerTokens.fromHeader(
                                exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION)))
                                .map(BearerTokenAuthenticationToken::new))
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(converter)))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .build();
    }

    private static CorsConfigurationSource cors(GatewayProperties gateway) {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(gateway.portalOrigins());
        config.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        // X-Acting-For: an enterprise member acting for their enterprise (the services check membership).
        config.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key", "X-Request-Id",
                "Accept-Language", "X-Acting-For"));
        config.setExposedHeaders(List.of("X-Request-Id", "Location", "X-RateLimit-Remaining"));
        config.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", config);
        return source;
    }
}
