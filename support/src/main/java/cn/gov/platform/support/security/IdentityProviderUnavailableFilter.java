package cn.gov.platform.support.security;

import cn.gov.platform.kernel.Message;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Security rethrows an {@link AuthenticationServiceException} (the realm's keys could
 * not be fetched) instead of answering it; this turns it into 503 problem+json.
 */
class IdentityProviderUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(IdentityProviderUnavailableFilter.class);
    static final Message UNAVAILABLE = Message.of(
            "统一身份认证暂时不可用，无法核验您的登录，请稍后重试。",
            "The identity provider is unavailable, so your login cannot be checked; try again shortly.");

    private final JsonMapper json;

    IdentityProviderUnavailableFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (AuthenticationServiceException e) {
            log.warn("Token could not be checked: {}", e.getMessage());
            if (!response.isCommitted()) {
                response.setHeader("Retry-After", "5");
                ServletSecurityConfiguration.write(json, response, HttpStatus.SERVICE_UNAVAILABLE,
                        "IDENTITY_PROVIDER_UNAVAILABLE", UNAVAILABLE);
            }
        }
    }
}
