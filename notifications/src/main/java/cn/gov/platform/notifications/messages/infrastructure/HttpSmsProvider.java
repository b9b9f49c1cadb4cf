package cn.gov.platform.notifications.messages.infrastructure;

import cn.gov.platform.notifications.config.NotificationsProperties;
import cn.gov.platform.notifications.messages.domain.FailureKind;
import cn.gov.platform.notifications.messages.domain.Phone;
import cn.gov.platform.notifications.messages.domain.ProviderFailures;
import cn.gov.platform.notifications.messages.domain.SendResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.http.HttpClient;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One SMS provider's HTTP API: {@code POST {url}/v1/sms} with {@code {clientRef, to, text}},
 * the API key as a bearer token and the message id as {@code Idempotency-Key} (a provider that
 * sees the same key twice sends once). 2xx with {@code {messageId}} is accepted; anything else is
 * classified by {@link ProviderFailures}. The number appears only in the request body, never in
 * a log line.
 */
class HttpSmsProvider {

    private static final Logger log = LoggerFactory.getLogger(HttpSmsProvider.class);
    /** The provider refused our credentials (401, 403): it said nothing about the message. */
    static final String AUTH_REFUSED = "AUTH_REFUSED";

    private final NotificationsProperties.Provider config;
    private final RestClient http;
    private final JsonMapper json;
    private final Timer accepted;
    private final Timer refused;
    private final Timer unanswered;

    HttpSmsProvider(NotificationsProperties.Provider config, JsonMapper json, MeterRegistry meters) {
        this.config = config;
        this.json = json;
        // HTTP/1.1: the JDK client's cleartext HTTP/2 upgrade is refused by some servers mid-stream.
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(config.timeout()).build());
        requests.setReadTimeout(config.timeout());
        this.http = RestClient.builder().requestFactory(requests).baseUrl(config.url().toString()).build();
        this.accepted = latency(meters, "accepted");
        this.refused = latency(meters, "refused");
        this.unanswered = latency(meters, "no-answer");
    }

    private Timer latency(MeterRegistry meters, String outcome) {
        return Timer.builder("notifications.provider.latency").tag("provider", config.name()).tag("outcome", outcome)
                .publishPercentiles(0.5, 0.99).register(meters);
    }

    String name() {
        return config.name();
    }

    int ratePerSecond() {
        return config.ratePerSecond();
    }

    SendResult send(String messageId, Phone to, String text) {
        long start = System.nanoTime();
        try {
            String body = http.post().uri("/v1/sms").contentType(MediaType.APPLICATION_JSON)
                    .header("Authorization", "Bearer " + config.apiKey()).header("Idempotency-Key", messageId)
                    .body(Map.of("clientRef", messageId, "to", to.digits(), "text", text))
                    .retrieve().body(String.class);
            JsonNode reply = json.readTree(body == null ? "{}" : body);
            String providerId = reply.path("messageId").asString("");
            accepted.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            return new SendResult.Accepted(config.name(), providerId.isBlank() ? messageId : providerId);
        } catch (RestClientResponseException e) {
            refused.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            String code = errorCode(e.getResponseBodyAsString());
            FailureKind kind = ProviderFailures.classify(e.getStatusCode().value(), code);
            int status = e.getStatusCode().value();
            String reason = status == 401 || status == 403 ? AUTH_REFUSED : code != null ? code : "HTTP_" + status;
            log.info("Provider {} refused message {}: {} ({})", config.name(), messageId, reason, kind);
            return new SendResult.Refused(kind, reason);
        } catch (RestClientException | tools.jackson.core.JacksonException e) {
            unanswered.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            boolean neverSent = causedBy(e, java.net.ConnectException.class)
                    || causedBy(e, java.net.http.HttpConnectTimeoutException.class);
            log.info("Provider {} did not answer for message {} ({}): {}", config.name(), messageId,
                    neverSent ? "not sent" : "may have been sent", e.getMessage());
            return new SendResult.Refused(ProviderFailures.noAnswer(), neverSent ? "CONNECT_FAILED" : "NO_ANSWER",
                    neverSent ? null : config.name());
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private @Nullable String errorCode(String body) {
        try {
            String code = json.readTree(body).path("error").asString("");
            return code.isBlank() ? null : code;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
