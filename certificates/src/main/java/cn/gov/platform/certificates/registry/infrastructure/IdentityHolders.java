package cn.gov.platform.certificates.registry.infrastructure;

import cn.gov.platform.certificates.registry.domain.HolderDirectory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Identity's holder keys, with the service-account token every Feign client of this service carries. */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = IdentityHolderClient.class)
public class IdentityHolders {

    @Bean
    HolderDirectory holderDirectory(IdentityHolderClient client, CircuitBreakerFactory<?, ?> breakers) {
        return new IdentityHolderDirectory(client, breakers);
    }
}
