package cn.gov.platform.devprofile.notifications;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The stand-in SMS providers ({@code notifications.dev-stub}; the keys are in notifications'
 * application.yml, all off by default).
 *
 * @param enabled     serve every configured provider's URL from this process ({@code SMS_DEV_STUB})
 * @param journalDir  where the stub records what it received, so counts survive a restart (empty: memory only)
 * @param receipts    whether the stub calls back with a signed DELIVERED receipt
 * @param callbackUrl this service's base URL for those receipts
 */
@ConfigurationProperties("notifications.dev-stub")
public record DevSmsProperties(@DefaultValue("false") boolean enabled, @Nullable String journalDir,
        @DefaultValue("true") boolean receipts, @Nullable URI callbackUrl) {
}
