package cn.gov.platform.certificates.staff.infrastructure;

import cn.gov.platform.certificates.staff.domain.StaffAuthority;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.http.HttpStatus;

/**
 * Identity's staff check behind the Resilience4j breaker {@code identity-staff}. Fails closed:
 * when identity cannot answer (down, slow, open breaker, an answer without {@code allowed}), the
 * staff action is refused with 503 {@code IDENTITY_UNAVAILABLE}, never allowed on the token's word.
 */
class IdentityStaffAuthority implements StaffAuthority {

    static final String BREAKER = "identity-staff";
    private static final Logger log = LoggerFactory.getLogger(IdentityStaffAuthority.class);
    private static final Message UNAVAILABLE = Message.of(
            "身份认证服务暂时无法确认您的岗位权限，请稍后再试。",
            "The identity service cannot confirm your staff authority right now; try again shortly.");

    private final IdentityStaffClient client;
    private final CircuitBreaker breaker;

    IdentityStaffAuthority(IdentityStaffClient client, CircuitBreakerFactory<?, ?> breakers) {
        this.client = client;
        this.breaker = breakers.create(BREAKER);
    }

    @Override
    public boolean holds(String staffSubject, String realmRole, String department, String division) {
        IdentityStaffClient.StaffCheck answer = breaker.run(
                () -> client.check(staffSubject, realmRole, department, division), failure -> {
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
