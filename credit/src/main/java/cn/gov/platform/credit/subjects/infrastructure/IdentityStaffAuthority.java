package cn.gov.platform.credit.subjects.infrastructure;

import cn.gov.platform.credit.common.domain.StaffAuthority;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.http.HttpStatus;

/**
 * Identity's staff check (the one intake asks), behind its own Resilience4j breaker {@code identity-staff}
 * (subject resolution failing does not hold staff back, nor the other way round).
 * Fails closed: when identity cannot answer (down, slow, open breaker, an answer without
 * {@code allowed}), the staff action is refused with 503, never allowed on the token's word.
 * Identity caches its answers; each request asks at most once per staff role the token claims.
 */
class IdentityStaffAuthority implements StaffAuthority {

    private static final Logger log = LoggerFactory.getLogger(IdentityStaffAuthority.class);
    private static final Message UNAVAILABLE = Message.of(
            "身份认证服务暂时无法确认您的岗位权限，请稍后再试。",
            "The identity service cannot confirm your staff authority right now; try again shortly.");

    private final IdentityClient client;
    private final CircuitBreaker breaker;

    IdentityStaffAuthority(IdentityClient client, CircuitBreakerFactory<?, ?> breakers) {
        this.client = client;
        this.breaker = breakers.create("identity-staff");
    }

    @Override
    public boolean holds(String staffSubject, String realmRole, String department, String division) {
        IdentityClient.StaffCheck answer = breaker.run(
                () -> client.checkStaff(staffSubject, realmRole, department, division), failure -> {
                    throw unavailable(failure);
                });
        if (answer == null || answer.allowed() == null) {
            throw unavailable(new IllegalStateException("staff answer without 'allowed'"));
        }
        return answer.allowed();
    }

    private static PlatformException unavailable(Throwable cause) {
        log.warn("Identity's staff check failed, refusing: {}", cause.toString());
        return new PlatformException(HttpStatus.SERVICE_UNAVAILABLE, "IDENTITY_UNAVAILABLE", UNAVAILABLE);
    }
}
