package cn.gov.platform.devprofile.notifications;

import cn.gov.platform.notifications.config.NotificationsProperties;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notifications on a developer's machine: this process answers as every configured SMS provider
 * (SMS_A_URL, SMS_B_URL), so the service's own HTTP adapter, breakers and receipts run for real.
 * Only with {@code notifications.dev-stub.enabled=true} ({@code SMS_DEV_STUB}).
 */
@AutoConfiguration
@ConditionalOnClass(name = "cn.gov.platform.notifications.NotificationsApplication")
@ConditionalOnProperty(name = "notifications.dev-stub.enabled", havingValue = "true")
@EnableConfigurationProperties(DevSmsProperties.class)
public class DevSmsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DevSmsConfiguration.class);

    @Bean
    DevSmsProviders devSmsProviders(NotificationsProperties properties, DevSmsProperties stub, JsonMapper json,
            java.time.Clock clock) {
        List<DevSmsProvider> providers = new ArrayList<>();
        for (NotificationsProperties.Provider p : properties.configuredProviders()) {
            providers.add(new DevSmsProvider(p, stub.journalDir(), stub.receipts() ? stub.callbackUrl() : null,
                    stub.callbackUrl(), json, clock));
        }
        if (providers.isEmpty()) {
            log.warn("SMS_DEV_STUB=true but no SMS provider has a URL (SMS_A_URL, SMS_B_URL): nothing to stand in for");
        }
        return new DevSmsProviders(providers);
    }

    /** The running stand-ins, closed with the context. */
    record DevSmsProviders(List<DevSmsProvider> providers) implements AutoCloseable {
        @Override
        public void close() {
            providers.forEach(DevSmsProvider::close);
        }
    }
}
