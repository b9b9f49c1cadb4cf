package cn.gov.platform.notifications;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import cn.gov.platform.notifications.messages.application.MessageStore;
import cn.gov.platform.notifications.messages.domain.Message;
import cn.gov.platform.notifications.messages.domain.MessageStatus;
import cn.gov.platform.testkit.ServiceIT;
import cn.gov.platform.testkit.TestIssuer;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service with its consumers and dispatcher running, WireMock as SMS providers A and B and
 * as identity (token endpoint and phone lookup), events written to the test Redis streams.
 * Every test uses its own people and numbers, so tests never see each other's messages.
 */
public abstract class NotificationsIT extends ServiceIT {

    protected static final WireMockServer PROVIDER_A = started();
    protected static final WireMockServer PROVIDER_B = started();
    protected static final WireMockServer IDENTITY = started();
    protected static final String SECRET_A = "it-receipts-a";
    protected static final String CASE_EVENTS = "intake.case-events";

    static {
        IDENTITY.stubFor(post(urlEqualTo("/token")).willReturn(okJson("{\"access_token\":\"svc-token\",\"expires_in\":300}")));
        for (WireMockServer p : new WireMockServer[] { PROVIDER_A, PROVIDER_B }) {
            p.stubFor(post(urlEqualTo("/v1/sms")).atPriority(10)
                    .willReturn(okJson("{\"messageId\":\"" + (p == PROVIDER_A ? "A" : "B") + "-" + UUID.randomUUID() + "\"}")));
        }
    }

    private static WireMockServer started() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    @DynamicPropertySource
    static void notificationsWiring(DynamicPropertyRegistry r) {
        r.add("spring.mongodb.uri", () -> cn.gov.platform.testkit.TestPlatform.get().mongo().connectionString("notifications-it"));
        r.add("notifications.identity.uri", IDENTITY::baseUrl);
        // The same stand-in answers as intake's follow-up (issue 17, inbound SMS).
        r.add("notifications.inbound.intake-uri", IDENTITY::baseUrl);
        r.add("notifications.service-client.token-uri", () -> IDENTITY.baseUrl() + "/token");
        r.add("platform.events.consumer.enabled", () -> "true");
        r.add("platform.events.consumer.claim-idle", () -> "1s");
        r.add("platform.events.consumer.claim-every", () -> "300ms");
        r.add("platform.events.consumer.block", () -> "200ms");
        r.add("platform.events.consumer.max-deliveries", () -> "3");
        r.add("notifications.dispatch.enabled", () -> "true");
        r.add("notifications.dispatch.poll", () -> "50ms");
        r.add("notifications.dispatch.lease", () -> "3s");
        r.add("notifications.dispatch.identity-retry", () -> "500ms");
        r.add("notifications.dispatch.retry.initial-backoff", () -> "300ms");
        r.add("notifications.dispatch.retry.max-attempts", () -> "3");
        r.add("notifications.per-number[0].limit", () -> "1");
        r.add("notifications.per-number[0].window", () -> "3s");
        // A list from a higher source replaces the whole list: every element is given in full.
        r.add("notifications.per-number[1].limit", () -> "100");
        r.add("notifications.per-number[1].window", () -> "1h");
        r.add("notifications.per-number[2].limit", () -> "100");
        r.add("notifications.per-number[2].window", () -> "1d");
        r.add("notifications.providers[0].name", () -> "A");
        r.add("notifications.providers[0].api-key", () -> "it-key-a");
        r.add("notifications.providers[0].url", PROVIDER_A::baseUrl);
        r.add("notifications.providers[0].receipt-secret", () -> SECRET_A);
        r.add("notifications.providers[0].rate-per-second", () -> "200");
        r.add("notifications.providers[0].timeout", () -> "1s");
        r.add("notifications.providers[1].name", () -> "B");
        r.add("notifications.providers[1].api-key", () -> "it-key-b");
        r.add("notifications.providers[1].receipt-secret", () -> "it-receipts-b");
        r.add("notifications.providers[1].url", PROVIDER_B::baseUrl);
        r.add("notifications.providers[1].rate-per-second", () -> "200");
        r.add("notifications.providers[1].timeout", () -> "1s");
        r.add("notifications.breaker.wait-in-open", () -> "1s");
    }

    @Autowired
    protected StringRedisTemplate redis;

    @Autowired
    protected MessageStore messages;

    /** A person the identity stub knows, with a fresh number. */
    protected record Person(String username, String subject, String phone) {
    }

    protected Person personWithPhone() {
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(1, 99_990_000));
        if (phone.endsWith("0000")) {
            phone = phone.substring(0, 10) + "1";
        }
        String username = "person-" + UUID.randomUUID();
        Person p = new Person(username, TestIssuer.subjectOf(username), phone);
        IDENTITY.stubFor(get(urlEqualTo("/api/identity/internal/persons/" + p.subject() + "/contact"))
                .willReturn(okJson("{\"phone\":\"" + p.phone() + "\",\"language\":\"zh\"}")));
        return p;
    }

    /** A person identity holds no number for (404). */
    protected Person personWithoutPhone() {
        String username = "nophone-" + UUID.randomUUID();
        return new Person(username, TestIssuer.subjectOf(username), "");
    }

    protected static MappingBuilder smsTo(String phone) {
        return post(urlEqualTo("/v1/sms")).withRequestBody(matchingJsonPath("$.to", equalTo(phone))).atPriority(1);
    }

    protected static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder providerError(int status, String code) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"" + code + "\"}");
    }

    /** Writes a case event as intake's relay does; returns the event id. */
    protected String caseEvent(String type, String applicant, Map<String, String> extra) {
        String eventId = UUID.randomUUID().toString();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("eventId", eventId);
        fields.put("type", type);
        fields.put("caseId", "case-" + eventId.substring(0, 8));
        fields.put("caseNumber", "640324-2026-" + String.format("%07d", ThreadLocalRandom.current().nextInt(1, 9_999_999)));
        fields.put("itemCode", "SC-001");
        fields.put("applicantSubject", applicant);
        fields.put("division", "640324");
        fields.put("department", "market");
        fields.put("occurredAt", Instant.now().toString());
        fields.put("payload", "{}");
        fields.putAll(extra);
        publish(CASE_EVENTS, fields);
        return eventId;
    }

    protected void publish(String stream, Map<String, String> fields) {
        redis.opsForStream().add(StreamRecords.string(fields).withStreamKey(stream));
    }

    protected Message awaitMessage(String eventId, String recipient, MessageStatus... statuses) {
        String id = Message.idOf(eventId, recipient);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        Message last = null;
        while (Instant.now().isBefore(deadline)) {
            last = messages.find(id).orElse(null);
            if (last != null && Arrays.asList(statuses).contains(last.status())) {
                return last;
            }
            sleep(100);
        }
        throw new AssertionError("message " + id + " never reached " + Arrays.toString(statuses) + "; last: " + last);
    }

    /** How often the providers (A and B together) were asked to send this message. */
    protected static int requestsFor(String messageId) {
        int n = 0;
        for (WireMockServer p : new WireMockServer[] { PROVIDER_A, PROVIDER_B }) {
            n += p.findAll(postRequestedFor(urlEqualTo("/v1/sms")).withHeader("Idempotency-Key", equalTo(messageId))).size();
        }
        return n;
    }

    protected static int requestsFor(WireMockServer provider, String messageId) {
        return provider.findAll(postRequestedFor(urlEqualTo("/v1/sms")).withHeader("Idempotency-Key", equalTo(messageId))).size();
    }

    protected static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    protected String tokenOf(Person p) {
        return issuer().token(p.username(), "citizen");
    }
}
