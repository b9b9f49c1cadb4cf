package cn.gov.platform.notifications.messages.infrastructure;

import cn.gov.platform.notifications.messages.application.MessageStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether this deployment can send SMS at all. Without a configured provider the dispatcher does
 * not run and messages wait, queued, for one: health {@code sms} is OUT_OF_SERVICE (so
 * {@code /actuator/health} answers 503) and says how many wait; the gauges
 * {@code notifications.sms.providers} and {@code notifications.sms.waiting-for-provider} say the
 * same to the metrics. The count is only taken in that case: on the embedded store it walks the
 * collection.
 */
class SmsProvidersHealth implements HealthIndicator {

    private final int providers;
    private final MessageStore store;

    SmsProvidersHealth(int providers, MessageStore store, MeterRegistry meters) {
        this.providers = providers;
        this.store = store;
        Gauge.builder("notifications.sms.providers", () -> providers)
                .description("SMS providers configured; 0 means messages stay queued").register(meters);
        if (providers == 0) {
            Gauge.builder("notifications.sms.waiting-for-provider", store, MessageStore::countQueued)
                    .description("Messages queued while no SMS provider is configured").register(meters);
        }
    }

    @Override
    public Health health() {
        if (providers > 0) {
            return Health.up().withDetail("providers", providers).build();
        }
        return Health.outOfService().withDetail("providers", 0).withDetail("queued", store.countQueued())
                .withDetail("reason", "no SMS provider is configured: messages stay queued until one is").build();
    }
}
