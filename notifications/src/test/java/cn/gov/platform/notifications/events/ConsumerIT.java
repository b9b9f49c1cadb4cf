package cn.gov.platform.notifications.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.notifications.NotificationsIT;
import cn.gov.platform.notifications.messages.domain.Message;
import cn.gov.platform.notifications.messages.domain.MessageStatus;
import cn.gov.platform.testkit.Api;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;

/** Consumer groups: restart reclaim, unknown types, dead letters and their replay. */
class ConsumerIT extends NotificationsIT {

    @Test
    void anEntryLeftPendingByAnInstanceThatDiedIsReclaimedAndSentOnce() {
        Person applicant = personWithPhone();
        String eventId = UUID.randomUUID().toString();
        Map<String, String> fields = new LinkedHashMap<>(Map.of("eventId", eventId, "type", "CaseApproved", "caseId", "c-1",
                "caseNumber", "640324-2026-0000777", "itemCode", "SC-001", "applicantSubject", applicant.subject(),
                "division", "640324", "department", "market", "occurredAt", Instant.now().toString()));
        // The service creates its consumer group when it starts reading; this test may be the first.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(this::groupExists);
        // An instance reads the entry and dies before acknowledging it. MULTI makes the read happen
        // before the running service's blocked read is served, so the dead instance surely holds it.
        redis.execute(new SessionCallback<Object>() {
            @Override
            @SuppressWarnings({ "unchecked", "rawtypes" })
            public Object execute(RedisOperations ops) throws DataAccessException {
                ops.multi();
                ops.opsForStream().add(StreamRecords.string(fields).withStreamKey(CASE_EVENTS));
                ops.opsForStream().read(Consumer.from("notifications", "instance-killed-mid-burst"),
                        StreamReadOptions.empty().count(1), StreamOffset.create(CASE_EVENTS, ReadOffset.lastConsumed()));
                return ops.exec();
            }
        });
        assertThat(redis.opsForStream().pending(CASE_EVENTS, Consumer.from("notifications", "instance-killed-mid-burst"),
                org.springframework.data.domain.Range.unbounded(), 10).size())
                .as("the dead instance holds it").isEqualTo(1);

        Message m = awaitMessage(eventId, applicant.subject(), MessageStatus.SENT, MessageStatus.DELIVERED);
        sleep(1_000);

        assertThat(requestsFor(m.id())).isEqualTo(1);
        assertThat(pendingFor(eventId)).as("acknowledged after the reclaim").isZero();
    }

    private boolean groupExists() {
        try {
            return redis.opsForStream().groups(CASE_EVENTS).stream().anyMatch(g -> g.groupName().equals("notifications"));
        } catch (DataAccessException noStreamYet) {
            return false;
        }
    }

    @Test
    void anUnknownTypeIsAcknowledgedAndCountedNeverDeadLettered() {
        String eventId = UUID.randomUUID().toString();
        publish(CASE_EVENTS, Map.of("eventId", eventId, "type", "SomethingIssue9Adds", "caseId", "c-2",
                "applicantSubject", "someone", "occurredAt", Instant.now().toString()));

        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline) && !unknownCounted()) {
            sleep(100);
        }
        assertThat(unknownCounted()).isTrue();
        assertThat(pendingFor(eventId)).isZero();
        assertThat(messages.byEvent(eventId)).isEmpty();
        Api.Reply letters = api().get("/api/notifications/dead-letters", issuer().token("demo-admin", "admin"));
        assertThat(letters.body()).doesNotContain(eventId);
    }

    @Test
    void anEventThatKeepsFailingIsDeadLetteredAndReplayedOnceTheTemplateIsFixed() {
        Person applicant = personWithPhone();
        // A refusal whose payload lacks the notice number: the approved template needs it, rendering refuses.
        String eventId = caseEvent("CaseNotAccepted", applicant.subject(), Map.of("payload", "{\"reason\":\"x\"}"));
        String admin = issuer().token("demo-admin", "admin");

        String letterId = awaitDeadLetter(eventId, admin);
        assertThat(pendingFor(eventId)).as("acknowledged once dead-lettered").isZero();
        assertThat(api().post("/api/notifications/dead-letters/" + letterId + "/replay", issuer().token("demo-citizen", "citizen"), "")
                .status()).isEqualTo(403);
        Api.Reply stillBroken = api().post("/api/notifications/dead-letters/" + letterId + "/replay", admin, "");
        assertThat(stillBroken.status()).isEqualTo(422);
        assertThat(stillBroken.json().get("code").asString()).isEqualTo("TEMPLATE_VARIABLES_MISMATCH");

        // The fix: a new wording without the notice number, approved.
        Api.Reply draft = api().post("/api/notifications/templates/case-not-accepted/versions", admin,
                "{\"text\":\"【同心县政务服务】您的申请（{caseRef}）不予受理，原因见“我的办件”。\",\"urgent\":false}");
        assertThat(draft.status()).isEqualTo(201);
        int version = draft.json().get("version").asInt();
        assertThat(api().post("/api/notifications/templates/case-not-accepted/versions", admin,
                "{\"text\":\"【同心县政务服务】您的申请（{caseRef}）不予受理，原因见“我的办件”。\",\"urgent\":false}").status())
                .as("the same wording again creates nothing").isEqualTo(200);
        assertThat(api().post("/api/notifications/templates/case-not-accepted/versions/" + version + "/approval", admin, "")
                .status()).isEqualTo(200);

        Api.Reply replayed = api().post("/api/notifications/dead-letters/" + letterId + "/replay", admin, "");
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.json().get("replayOutcome").asString()).isEqualTo("QUEUED");
        Message m = awaitMessage(eventId, applicant.subject(), MessageStatus.SENT, MessageStatus.DELIVERED);
        assertThat(m.templateVersion()).isEqualTo(version);

        assertThat(api().post("/api/notifications/dead-letters/" + letterId + "/replay", admin, "").json()
                .get("replayOutcome").asString()).as("a second replay sends nothing").isEqualTo("DUPLICATE");
        sleep(500);
        assertThat(requestsFor(m.id())).isEqualTo(1);
    }

    private String awaitDeadLetter(String eventId, String admin) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            Api.Reply letters = api().get("/api/notifications/dead-letters", admin);
            for (var letter : letters.json()) {
                if (eventId.equals(letter.path("eventId").asString(""))) {
                    assertThat(letter.get("deliveries").asLong()).as("max-deliveries is 3 here").isGreaterThanOrEqualTo(3);
                    assertThat(letter.get("group").asString()).isEqualTo("notifications");
                    return letter.get("id").asString();
                }
            }
            sleep(200);
        }
        throw new AssertionError("event " + eventId + " was never dead-lettered");
    }

    private long pendingFor(String eventId) {
        var pending = redis.opsForStream().pending(CASE_EVENTS, "notifications",
                org.springframework.data.domain.Range.unbounded(), 10_000);
        List<String> ids = pending.stream().map(p -> p.getIdAsString()).toList();
        return redis.opsForStream().range(CASE_EVENTS, org.springframework.data.domain.Range.unbounded()).stream()
                .filter(r -> eventId.equals(r.getValue().get("eventId"))).filter(r -> ids.contains(r.getId().getValue())).count();
    }

    private boolean unknownCounted() {
        Api.Reply metrics = api().get("/actuator/prometheus", null);
        return metrics.body().lines().anyMatch(l -> l.startsWith("platform_events_unknown_types_total")
                && l.contains("type=\"SomethingIssue9Adds\"") && l.contains("group=\"notifications\"")
                && !l.endsWith(" 0.0"));
    }
}
