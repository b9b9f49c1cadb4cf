package cn.gov.platform.notifications.messages.infrastructure;

import cn.gov.platform.notifications.config.NotificationsProperties;
import cn.gov.platform.notifications.inbox.application.InboxStore;
import cn.gov.platform.notifications.messages.application.Contacts;
import cn.gov.platform.notifications.messages.application.SmsSenders;
import cn.gov.platform.notifications.messages.application.Dispatcher;
import cn.gov.platform.notifications.messages.application.Enqueue;
import cn.gov.platform.notifications.messages.application.Leases;
import cn.gov.platform.notifications.messages.application.MessageQueries;
import cn.gov.platform.notifications.messages.application.MessageStore;
import cn.gov.platform.notifications.messages.application.PerNumberThrottle;
import cn.gov.platform.notifications.messages.application.ReceiptSignatures;
import cn.gov.platform.notifications.messages.application.Receipts;
import cn.gov.platform.notifications.messages.application.SmsGateway;
import cn.gov.platform.notifications.messages.domain.PerNumberLimits;
import cn.gov.platform.notifications.messages.domain.QuietHours;
import cn.gov.platform.notifications.messages.domain.RetryPolicy;
import cn.gov.platform.notifications.templates.application.TemplateService;
import cn.gov.platform.support.client.ServiceTokens;
import feign.RequestInterceptor;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** Every port of the message feature and the adapter behind it, in one place. */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = IdentityClient.class)
public class MessagesConfiguration {

    /** This process's name on leases; unique per start, so a restarted instance never mistakes old leases for its own. */
    private final String owner = "notifications-" + UUID.randomUUID();

    @Bean
    MessageStore messageStore(MongoTemplate mongo) {
        return new MongoMessageStore(mongo);
    }

    @Bean
    Enqueue enqueue(MessageStore messages, InboxStore inbox, TemplateService templates, Clock clock, MeterRegistry meters) {
        return new Enqueue(messages, inbox, templates, clock, meters);
    }

    @Bean
    ServiceTokens serviceTokens(NotificationsProperties properties, Clock clock) {
        NotificationsProperties.ServiceClient client = properties.serviceClient();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(3));
        return new ServiceTokens(RestClient.builder().requestFactory(requests).build(), client.tokenUri().toString(),
                client.clientId(), client.clientSecret(), clock);
    }

    /** The phone lookup carries this service's own token (client credentials), never a user's. */
    @Bean
    RequestInterceptor serviceTokenInterceptor(ServiceTokens tokens) {
        return template -> template.header("Authorization", "Bearer " + tokens.current());
    }

    @Bean
    SmsSenders smsSenders(StringRedisTemplate redis,
            @Value("${notifications.inbound.sender-key:local-only-sender-key}") String key) {
        return new RedisSmsSenders(redis, key, java.time.Duration.ofDays(3));
    }

    @Bean
    Contacts contacts(IdentityClient client, CircuitBreakerFactory<?, ?> breakers, SmsSenders senders,
            cn.gov.platform.notifications.messages.application.HotlineCallers callers) {
        return new SenderAwareContacts(new IdentityContacts(client, breakers), senders, callers);
    }

    @Bean
    SmsGateway smsGateway(NotificationsProperties properties, StringRedisTemplate redis, JsonMapper json,
            MeterRegistry meters) {
        NotificationsProperties.Breaker b = properties.breaker();
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .failureRateThreshold(b.failureRateThreshold())
                .slidingWindowSize(b.slidingWindow())
                .minimumNumberOfCalls(b.minimumCalls())
                .waitDurationInOpenState(b.waitInOpen())
                .permittedNumberOfCallsInHalfOpenState(2)
                .build();
        List<FailoverSmsGateway.Slot> slots = new ArrayList<>();
        for (NotificationsProperties.Provider p : properties.configuredProviders()) {
            CircuitBreaker breaker = CircuitBreaker.of("sms-" + p.name(), config);
            meters.gauge("notifications.provider.breaker.open", List.of(io.micrometer.core.instrument.Tag.of("provider", p.name())),
                    breaker, cb -> cb.getState() == CircuitBreaker.State.OPEN ? 1 : 0);
            slots.add(new FailoverSmsGateway.Slot(new HttpSmsProvider(p, json, meters), breaker));
        }
        return new FailoverSmsGateway(slots, new RedisProviderRate(redis));
    }

    @Bean
    Leases leases(StringRedisTemplate redis) {
        return new RedisLeases(redis);
    }

    @Bean
    PerNumberThrottle perNumberThrottle(StringRedisTemplate redis, NotificationsProperties properties,
            @Value("${notifications.per-number-salt:local-only-salt}") String salt) {
        return new RedisPerNumberThrottle(redis, new PerNumberLimits(properties.perNumber().stream()
                .map(w -> new PerNumberLimits.Window(w.limit(), w.window())).toList()), salt);
    }

    @Bean
    Dispatcher dispatcher(MessageStore store, Leases leases, Contacts contacts, SmsGateway gateway,
            PerNumberThrottle perNumber, Enqueue enqueue, NotificationsProperties properties, Clock clock,
            MeterRegistry meters) {
        NotificationsProperties.Dispatch d = properties.dispatch();
        NotificationsProperties.QuietHours q = properties.quietHours();
        NotificationsProperties.Retry r = d.retry();
        return new Dispatcher(store, leases, contacts, gateway, perNumber, enqueue,
                new Dispatcher.Settings(owner, d.lease(), new QuietHours(q.start(), q.end(), q.zone()),
                        new RetryPolicy(r.maxAttempts(), r.initialBackoff(), r.multiplier(), r.maxBackoff()),
                        d.identityRetry()),
                clock, meters);
    }

    /** Sends only when some provider is configured; without one every message stays queued, none is given up on. */
    @Bean
    @ConditionalOnProperty(name = "notifications.dispatch.enabled", havingValue = "true", matchIfMissing = true)
    DispatchLoop dispatchLoop(Dispatcher dispatcher, NotificationsProperties properties) {
        return new DispatchLoop(dispatcher, properties.dispatch().concurrency(), properties.dispatch().poll(),
                !properties.configuredProviders().isEmpty());
    }

    /** Health {@code sms}: OUT_OF_SERVICE while no provider is configured, with the messages waiting for one. */
    @Bean
    SmsProvidersHealth smsHealthIndicator(NotificationsProperties properties, MessageStore store, MeterRegistry meters) {
        return new SmsProvidersHealth(properties.configuredProviders().size(), store, meters);
    }

    @Bean
    Receipts receipts(MessageStore store, Enqueue enqueue, Clock clock, MeterRegistry meters) {
        return new Receipts(store, enqueue, clock, meters);
    }

    @Bean
    ReceiptSignatures receiptSignatures(NotificationsProperties properties) {
        Map<String, String> secrets = new LinkedHashMap<>();
        properties.configuredProviders().forEach(p -> secrets.put(p.name(), p.receiptSecret()));
        return new ReceiptSignatures(secrets);
    }

    @Bean
    MessageQueries messageQueries(MessageStore store) {
        return new MessageQueries(store);
    }

    @Bean
    RetentionPurge retentionPurge(MessageStore messages, InboxStore inbox, NotificationsProperties properties, Clock clock) {
        return new RetentionPurge(messages, inbox, properties.retention().bodies(), properties.retention().inbox(), clock);
    }
}
