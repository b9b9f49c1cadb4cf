package cn.gov.platform.certificates.staff.infrastructure;

import cn.gov.platform.certificates.staff.application.ConfirmedRoles;
import cn.gov.platform.support.acting.AskedEnterpriseMembers;
import cn.gov.platform.support.acting.EnterpriseMembers;
import cn.gov.platform.support.acting.MembershipAnswer;
import cn.gov.platform.support.client.ServiceTokens;
import feign.FeignException;
import feign.RequestInterceptor;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** Identity's staff check with this service's own service-account token (client credentials). */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = IdentityStaffClient.class)
public class StaffConfiguration {

    @Bean
    ServiceTokens serviceTokens(@Value("${platform.certificates.service-client.token-uri}") String tokenUri,
            @Value("${platform.certificates.service-client.client-id}") String clientId,
            @Value("${platform.certificates.service-client.client-secret}") String clientSecret, Clock clock) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(3));
        return new ServiceTokens(RestClient.builder().requestFactory(requests).build(), tokenUri, clientId,
                clientSecret, clock);
    }

    /** The staff check carries this service's token, never a user's. */
    @Bean
    RequestInterceptor serviceTokenInterceptor(ServiceTokens tokens) {
        return template -> template.header("Authorization", "Bearer " + tokens.current());
    }

    /**
     * Enterprise membership for the wallet of an enterprise, asked on every request behind the breaker
     * {@code identity-members}; fails closed (503), and 404 from identity means "not a member".
     */
    @Bean
    EnterpriseMembers enterpriseMembers(IdentityStaffClient client, CircuitBreakerFactory<?, ?> breakers) {
        CircuitBreaker breaker = breakers.create("identity-members");
        return new AskedEnterpriseMembers((creditCode, subject) -> breaker.run(() -> {
            try {
                return client.membership(creditCode, subject);
            } catch (FeignException.NotFound e) {
                return null;
            }
        }, failure -> {
            throw MembershipAnswer.unavailable("identity's membership check failed: " + failure.getClass().getSimpleName());
        }));
    }

    @Bean
    ConfirmedRoles confirmedRoles(IdentityStaffClient client, CircuitBreakerFactory<?, ?> breakers) {
        return new ConfirmedRoles(new IdentityStaffAuthority(client, breakers));
    }
}
