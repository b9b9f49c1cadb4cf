package cn.gov.platform.devprofile.intake;

import java.net.URI;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake on a developer's machine: the stand-in bank collection service listens where intake looks for the
 * payment provider ({@code PAYMENT_PROVIDER_URL}) and signs its callbacks with intake's configured secret
 * ({@code PAYMENT_PROVIDER_SECRET}, a local value only ./platform sets). Only with
 * {@code platform.intake.payments.dev-stub=true} ({@code PAYMENT_DEV_STUB}).
 */
@AutoConfiguration
@ConditionalOnClass(name = "cn.gov.platform.intake.IntakeApplication")
@ConditionalOnProperty(name = "platform.intake.payments.dev-stub", havingValue = "true")
public class DevBankConfiguration {

    @Bean(destroyMethod = "close")
    DevBank devBank(@Value("${platform.intake.payments.uri:}") String url,
            @Value("${platform.intake.payments.secret:}") String secret, JsonMapper json, Clock clock) {
        if (url.isBlank() || secret.isBlank()) {
            throw new IllegalStateException("PAYMENT_DEV_STUB=true needs PAYMENT_PROVIDER_URL (where the stand-in "
                    + "bank listens and intake calls) and PAYMENT_PROVIDER_SECRET (the local callback secret)");
        }
        return new DevBank(URI.create(url), secret, json, clock);
    }
}
