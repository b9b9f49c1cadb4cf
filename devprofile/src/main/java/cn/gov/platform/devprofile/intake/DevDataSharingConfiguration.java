package cn.gov.platform.devprofile.intake;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake on a developer's machine: the stand-in data-sharing exchange listens where intake looks for
 * the exchange ({@code DATA_SHARING_URL}), so intake's own adapter talks to it over HTTP. Only with
 * {@code platform.intake.data-sharing.dev-stub=true} ({@code DATA_SHARING_DEV_STUB}).
 */
@AutoConfiguration
@ConditionalOnClass(name = "cn.gov.platform.intake.IntakeApplication")
@ConditionalOnProperty(name = "platform.intake.data-sharing.dev-stub", havingValue = "true")
public class DevDataSharingConfiguration {

    @Bean(destroyMethod = "close")
    DevDataSharingExchange devDataSharingExchange(@Value("${platform.intake.data-sharing.uri:}") String url,
            JsonMapper json) {
        if (url.isBlank()) {
            throw new IllegalStateException("DATA_SHARING_DEV_STUB=true needs DATA_SHARING_URL: the address "
                    + "the stand-in exchange listens on and intake calls");
        }
        return new DevDataSharingExchange(URI.create(url), json);
    }
}
