package cn.gov.platform.devprofile.identity;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * Identity on a developer's machine: the stand-in real-name provider listens where identity looks
 * for the provider ({@code REALNAME_PROVIDER_URL}), so identity's own adapter talks to it over HTTP.
 * Only with {@code identity.real-name.dev-stub=true} ({@code REALNAME_DEV_STUB}).
 */
@AutoConfiguration
@ConditionalOnClass(name = "cn.gov.platform.identity.IdentityApplication")
@ConditionalOnProperty(name = "identity.real-name.dev-stub", havingValue = "true")
public class DevRealNameConfiguration {

    @Bean(destroyMethod = "close")
    DevRealNameProvider devRealNameProvider(@Value("${identity.real-name.url:}") String url, JsonMapper json) {
        if (url.isBlank()) {
            throw new IllegalStateException("REALNAME_DEV_STUB=true needs REALNAME_PROVIDER_URL: the address "
                    + "the stand-in provider listens on and identity calls");
        }
        return new DevRealNameProvider(URI.create(url), json);
    }
}
