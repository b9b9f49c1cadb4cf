package cn.gov.platform.notifications.config;

import cn.gov.platform.kernel.ChinaTime;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How this deployment notifies people. Every value has an environment override in
 * application.yml.
 *
 * @param identity      where identity answers the phone lookup
 * @param serviceClient this service's client-credentials login for internal calls
 * @param events        the consumer group on the platform's streams
 * @param dispatch      the SMS dispatcher
 * @param quietHours    when non-urgent messages wait
 * @param perNumber     caps on non-urgent messages per phone number (sliding windows)
 * @param providers     the SMS providers, in order of preference (failover goes down the list); one without
 *                      a URL is not configured, and with none configured messages stay queued (health
 *                      {@code sms} OUT_OF_SERVICE) until one is
 * @param breaker       the circuit breaker in front of each provider
 * @param retention     how long message bodies and inbox entries are kept
 */
@Validated
@ConfigurationProperties("notifications")
public record NotificationsProperties(@Valid @NotNull Identity identity, @Valid @NotNull ServiceClient serviceClient,
        @Valid @NotNull Events events, @Valid @NotNull Dispatch dispatch, @Valid @NotNull QuietHours quietHours,
        @Valid @NotEmpty List<PerNumberWindow> perNumber, @Valid @NotNull List<Provider> providers,
        @Valid @NotNull Breaker breaker, @Valid @NotNull Retention retention) {

    /** The providers that have a URL, in order of preference. */
    public List<Provider> configuredProviders() {
        return providers.stream().filter(Provider::configured).toList();
    }

    /** @param uri identity's base URL ({@code IDENTITY_URI}) */
    public record Identity(@NotNull URI uri) {
    }

    /**
     * @param tokenUri     the realm's token endpoint ({@code OIDC_TOKEN_URI})
     * @param clientId     this service's client ({@code SERVICE_CLIENT_ID})
     * @param clientSecret its secret ({@code SERVICE_CLIENT_SECRET}); the default works only locally
     */
    public record ServiceClient(@NotNull URI tokenUri, @NotBlank String clientId, @NotBlank String clientSecret) {
    }

    /**
     * How this service reads the streams; everything else about it (batch, idle time before a
     * reclaim, dead letters after how many deliveries) is support's {@code platform.events}.
     *
     * @param group the consumer group shared by every instance, on each of the three streams
     */
    public record Events(@NotBlank @DefaultValue("notifications") String group) {
    }

    /**
     * @param enabled       whether this instance sends at all
     * @param concurrency   messages in flight at once (they wait for the providers' rate anyway)
     * @param poll          how often the queue is looked at when it was empty
     * @param lease         how long a claimed message is reserved for its dispatcher
     * @param identityRetry how long a message waits when identity cannot answer
     * @param retry         backoff for transient provider failures, and when to give up
     */
    public record Dispatch(@DefaultValue("true") boolean enabled, @Min(1) @DefaultValue("32") int concurrency,
            @NotNull @DefaultValue("200ms") Duration poll, @NotNull @DefaultValue("30s") Duration lease,
            @NotNull @DefaultValue("30s") Duration identityRetry, @Valid @NotNull Retry retry) {
    }

    /** @param maxAttempts sends tried before a transient failure becomes permanent */
    public record Retry(@Min(1) @DefaultValue("8") int maxAttempts, @NotNull @DefaultValue("5s") Duration initialBackoff,
            @DefaultValue("2.0") double multiplier, @NotNull @DefaultValue("10m") Duration maxBackoff) {
    }

    /** Start equal to end turns quiet hours off. */
    public record QuietHours(@NotNull @DefaultValue("22:00") LocalTime start, @NotNull @DefaultValue("07:00") LocalTime end,
            @NotNull @DefaultValue(ChinaTime.ZONE_ID) ZoneId zone) {
    }

    /** At most {@code limit} non-urgent messages to one number in any {@code window}. */
    public record PerNumberWindow(@Min(1) int limit, @NotNull Duration window) {
    }

    /**
     * @param name          short name used in metrics, receipts' path and message records
     * @param url           base URL; messages are POSTed to {@code url/v1/sms} (none: not configured)
     * @param apiKey        the credential sent as a bearer token
     * @param receiptSecret the shared secret its delivery receipts are signed with (HMAC-SHA256)
     * @param ratePerSecond messages per second this provider allows us (all instances together)
     * @param timeout       connect and read timeout per call
     */
    public record Provider(@NotBlank String name, @Nullable URI url, @NotBlank String apiKey, @NotBlank String receiptSecret,
            @Min(1) @DefaultValue("50") int ratePerSecond, @NotNull @DefaultValue("3s") Duration timeout) {

        public boolean configured() {
            return url != null && url.getHost() != null;
        }
    }

    /**
     * @param failureRateThreshold percentage of transient failures that opens the breaker
     * @param slidingWindow        calls the rate is computed over
     * @param minimumCalls         calls needed before the rate counts
     * @param waitInOpen           how long an open breaker sends everything to the next provider
     */
    public record Breaker(@DefaultValue("50") float failureRateThreshold, @Min(1) @DefaultValue("10") int slidingWindow,
            @Min(1) @DefaultValue("5") int minimumCalls, @NotNull @DefaultValue("30s") Duration waitInOpen) {
    }

    /**
     * @param bodies     a finished message's text is removed after this long
     * @param inbox      inbox entries are deleted after this long
     * @param purgeEvery how often the purge runs
     */
    public record Retention(@NotNull @DefaultValue("90d") Duration bodies, @NotNull @DefaultValue("365d") Duration inbox,
            @NotNull @DefaultValue("1h") Duration purgeEvery) {
    }
}
