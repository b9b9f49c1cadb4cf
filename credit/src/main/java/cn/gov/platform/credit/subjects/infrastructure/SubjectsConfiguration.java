package cn.gov.platform.credit.subjects.infrastructure;

import cn.gov.platform.credit.CreditProperties;
import cn.gov.platform.credit.subjects.application.CreditSubjects;
import cn.gov.platform.credit.subjects.domain.SubjectHasher;
import cn.gov.platform.credit.subjects.domain.SubjectKey;
import cn.gov.platform.support.acting.AskedEnterpriseMembers;
import cn.gov.platform.support.acting.EnterpriseMembers;
import cn.gov.platform.support.acting.MembershipAnswer;
import cn.gov.platform.support.client.ServiceTokens;
import feign.FeignException;
import feign.RequestInterceptor;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** Resolution of accounts to credit subjects through identity. */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = IdentityClient.class)
public class SubjectsConfiguration {

    @Bean
    SubjectHasher subjectHasher(CreditProperties properties) {
        return new SubjectHasher(properties.subjectKey());
    }

    @Bean
    ServiceTokens serviceTokens(CreditProperties properties, Clock clock) {
        CreditProperties.ServiceClient client = properties.serviceClient();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(3));
        return new ServiceTokens(RestClient.builder().requestFactory(requests).build(), client.tokenUri().toString(),
                client.clientId(), client.clientSecret(), clock);
    }

    /** Every Feign call of this service carries its own service-account token, never a user's. */
    @Bean
    RequestInterceptor serviceTokenInterceptor(ServiceTokens tokens) {
        return template -> template.header("Authorization", "Bearer " + tokens.current());
    }

    @Bean
    IdentityCreditSubjects creditSubjects(IdentityClient client, CircuitBreakerFactory<?, ?> breakers,
            StringRedisTemplate redis, SubjectHasher hasher) {
        return new IdentityCreditSubjects(client, breakers, redis, hasher, Duration.ofMinutes(1));
    }

    /**
     * Enterprise membership for members reading the enterprise's standing, asked on every request behind
     * the breaker {@code identity-members}; fails closed (503), and 404 from identity means "not a member".
     */
    @Bean
    EnterpriseMembers enterpriseMembers(IdentityClient client, CircuitBreakerFactory<?, ?> breakers) {
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

    /** Identity's staff check, for every staff action of credit (IDN-3). */
    @Bean
    IdentityStaffAuthority staffAuthority(IdentityClient client, CircuitBreakerFactory<?, ?> breakers) {
        return new IdentityStaffAuthority(client, breakers);
    }

    /** For the benchmark and the demo seed: map an account to a key as a resolution would. */
    public static void remember(CreditSubjects subjects, String account, SubjectKey key, String publicName) {
        ((IdentityCreditSubjects) subjects).remember(account, key, publicName);
    }
}
