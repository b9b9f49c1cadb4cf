package cn.gov.platform.intake.cases.infrastructure;

import cn.gov.platform.intake.cases.application.Mandates;
import cn.gov.platform.intake.cases.application.StaffAuthority;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import cn.gov.platform.support.acting.EnterpriseMember;
import cn.gov.platform.support.acting.EnterpriseMembers;
import cn.gov.platform.support.acting.MembershipAnswer;
import cn.gov.platform.support.problem.PlatformException;
import feign.FeignException;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.http.HttpStatus;

/**
 * Asks the identity service, behind a Resilience4j circuit breaker and time limiter. Failing
 * closed is the point: if identity cannot answer (down, slow, open breaker, a malformed answer),
 * an agent's filing or a staff action is refused with 503, never allowed by default. The membership question is
 * the platform's ({@code support.acting}, as certificates and credit ask it); a villager's agent mandate and a
 * staff member's authority are intake's own questions, with nothing shared to move onto.
 */
class IdentityChecks implements Mandates, StaffAuthority, EnterpriseMembers {

    static final String BREAKER = "identity";
    private static final Logger log = LoggerFactory.getLogger(IdentityChecks.class);
    private static final Message UNAVAILABLE = Message.of(
            "身份认证服务暂时无法确认授权，请稍后再试；在此期间不能代办或办理。",
            "The identity service cannot confirm the authority right now; try again shortly. Until then the step is refused.");

    private final IdentityClient client;
    private final CircuitBreaker breaker;

    IdentityChecks(IdentityClient client, CircuitBreakerFactory<?, ?> breakers) {
        this.client = client;
        this.breaker = breakers.create(BREAKER);
    }

    @Override
    public MandateAnswer check(String agentSubject, String principalSubject, String itemCode) {
        IdentityClient.MandateCheck answer = ask(() -> client.checkMandate(agentSubject, principalSubject, itemCode));
        if (answer.allowed() == null) {
            throw unavailable(new IllegalStateException("mandate answer without 'allowed'"));
        }
        return new MandateAnswer(answer.allowed(), answer.reason(), answer.mandateId(), answer.principalName());
    }

    @Override
    public boolean holds(String staffSubject, String realmRole, String department, String division) {
        IdentityClient.StaffCheck answer = ask(() -> client.checkStaff(staffSubject, realmRole, department, division));
        if (answer.allowed() == null) {
            throw unavailable(new IllegalStateException("staff answer without 'allowed'"));
        }
        return answer.allowed();
    }

    /**
     * Asked on every request that acts for an enterprise, never cached (issue 18). Identity's 404 is an
     * answer (not a member), not a failure; anything else that is not a complete answer refuses with 503.
     */
    @Override
    public Optional<EnterpriseMember> find(UnifiedSocialCreditCode creditCode, String subject) {
        Optional<MembershipAnswer> answer = ask(() -> {
            try {
                return Optional.of(client.enterpriseMember(creditCode.value(), subject));
            } catch (FeignException.NotFound e) {
                return Optional.<MembershipAnswer>empty();
            }
        });
        return answer.map(m -> m.toMember(creditCode));
    }

    private <T> T ask(Supplier<T> call) {
        return breaker.run(call, failure -> {
            throw unavailable(failure);
        });
    }

    private static PlatformException unavailable(Throwable cause) {
        log.warn("Identity check failed, refusing: {}", cause.toString());
        return new PlatformException(HttpStatus.SERVICE_UNAVAILABLE, "IDENTITY_UNAVAILABLE", UNAVAILABLE);
    }
}
