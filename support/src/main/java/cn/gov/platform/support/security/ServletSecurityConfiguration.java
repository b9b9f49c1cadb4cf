package cn.gov.platform.support.security;

import cn.gov.platform.support.problem.CommonProblems;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.Problems;
import cn.gov.platform.support.web.RequestIds;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestTemplate;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every servlet service is an OAuth2 resource server that validates the platform's tokens
 * itself, so that nothing behind the gateway trusts a request just because it arrived.
 * Unauthenticated and forbidden requests are answered as problem+json.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(TokenProperties.class)
@EnableMethodSecurity
public class ServletSecurityConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(TokenProperties properties, ObjectProvider<SuspendedAccounts> suspended, Clock clock) {
        // The realm's keys are fetched once and cached; the fetch gets generous timeouts because
        // a busy identity provider must not turn valid tokens into refusals.
        SimpleClientHttpRequestFactory http = new SimpleClientHttpRequestFactory();
        http.setConnectTimeout(properties.jwksTimeout());
        http.setReadTimeout(properties.jwksTimeout());
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString())
                .restOperations(new RestTemplate(http))
                .build();
        decoder.setJwtValidator(TokenValidation.validator(properties, suspended.getIfAvailable()));
        if (properties.rememberedTokens() == 0) {
            return decoder;
        }
        return new RememberingJwtDecoder(decoder, new TokenMemory(clock, properties.rememberedTokens()),
                suspended.getIfAvailable());
    }

    /**
     * No observations of Spring Security's own filters, authentications and authorisations: wrapping
     * each of the chain's filters cost 7 % of intake's CPU per filing and more of identity's per
     * internal call (issue 21). Requests stay observed as a whole (http.server.requests).
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** The bearer token read by a scan, with Spring Security's answers ({@link BearerTokens}). */
    @Bean
    @ConditionalOnMissingBean
    BearerTokenResolver bearerTokenResolver() {
        return request -> BearerTokens.fromHeader(request.getHeader(HttpHeaders.AUTHORIZATION));
    }

    /** Spring Security's strict firewall, its header checks by a scan ({@link BearerTokens#ALLOWED_HEADER_VALUE}). */
    @Bean
    @ConditionalOnMissingBean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(BearerTokens.ALLOWED_HEADER_VALUE);
        firewall.setAllowedHeaderValues(BearerTokens.ALLOWED_HEADER_VALUE);
        return firewall;
    }

    @Bean
    @ConditionalOnMissingBean
    SecurityFilterChain platformSecurityFilterChain(HttpSecurity http, TokenProperties properties,
            JsonMapper json) throws Exception {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(TokenValidation.realmRoleAuthorities());
        String[] publicPaths = properties.publicPaths().toArray(String[]::new);
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> write(json, response,
                HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", CommonProblems.UNAUTHENTICATED);
        AccessDeniedHandler denied = (request, response, e) -> write(json, response,
                HttpStatus.FORBIDDEN, "FORBIDDEN", CommonProblems.FORBIDDEN);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                                "/actuator/prometheus", "/error").permitAll()
                        // Service-to-service calls: only service accounts (client credentials).
                        .requestMatchers("/api/*/internal/**").hasRole("service")
                        .requestMatchers(HttpMethod.GET, publicPaths).permitAll()
                        .requestMatchers(HttpMethod.POST, properties.publicPostPaths().toArray(String[]::new)).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied));
        return http.build();
    }

    /** An unreachable identity provider is the platform's failure, said as 503, never a 500 or a 401. */
    @Bean
    FilterRegistrationBean<IdentityProviderUnavailableFilter> identityProviderUnavailableFilter(JsonMapper json) {
        FilterRegistrationBean<IdentityProviderUnavailableFilter> registration =
                new FilterRegistrationBean<>(new IdentityProviderUnavailableFilter(json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    static void write(JsonMapper json, HttpServletResponse response, HttpStatus status, String code,
            Message message) throws IOException {
        ProblemDetail problem = Problems.of(status, code, message);
        RequestIds.current().ifPresent(id -> problem.setProperty("requestId", id));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        json.writeValue(response.getOutputStream(), problem);
    }
}
