package cn.gov.platform.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.e2e.RunningPlatform;
import cn.gov.platform.testkit.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 16's fault suite, against the platform as {@code ./platform up} started it. For each fault a
 * burst of journeys ({@link Journey}: filing to licence, through every service) runs while one
 * component is stopped, killed or restarted under it. Afterwards: every journey's case exists once
 * and ended approved, every licence was issued once, every message the case caused was recorded
 * once and no SMS was sent twice (the SMS stand-in's journal survives a kill of notifications; in
 * the county's quiet hours the SMS wait until 07:00), and every call was answered with a
 * success or a problem+json with a retry hint, never an HTML page and never a hang past the gateway's
 * own limit. The counts are printed and written to {@code target/fault-suite.txt}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int JOURNEYS = 6;
    private static final int AT_ONCE = 3;
    /** The citizen's phone in the demo data, to which the journeys' SMS go. */
    private static final String CITIZEN_PHONE = "13909530001";
    private static final Map<String, String> SUMMARY = new LinkedHashMap<>();

    private final Api gateway = RunningPlatform.gateway();

    @Test
    @Order(1)
    void redisRestartsUnderABurst() {
        burst("Redis restart", () -> {
            RunningPlatform.platform("stop", "redis");
            pause(5000);
            RunningPlatform.platform("start", "redis");
        });
    }

    @Test
    @Order(2)
    void theStoreRestartsUnderABurst() {
        burst("store restart", () -> {
            RunningPlatform.platform("stop", "mongo");
            pause(5000);
            RunningPlatform.platform("start", "mongo");
        });
    }

    @Test
    @Order(3)
    void identityIsDownDuringABurst() {
        stopped("identity");
    }

    @Test
    @Order(4)
    void creditIsDownDuringABurst() {
        stopped("credit");
    }

    @Test
    @Order(5)
    void certificatesIsDownDuringABurst() {
        stopped("certificates");
    }

    @Test
    @Order(6)
    void notificationsIsKilledDuringABurst() {
        killed("notifications");
    }

    @Test
    @Order(7)
    void intakeIsKilledBetweenItsStateChangesAndTheirRelay() {
        // The burst changes a case's state several times a second; the relay publishes from the
        // outbox, so a kill -9 lands between a change and its relay for the cases in flight.
        killed("intake");
    }

    @AfterAll
    static void printTheCounts() throws IOException {
        StringBuilder table = new StringBuilder("Fault suite (issue 16), ").append(JOURNEYS)
                .append(" journeys per fault, ").append(AT_ONCE).append(" at once\n");
        SUMMARY.forEach((fault, line) -> table.append(String.format("  %-22s %s%n", fault, line)));
        System.out.print(table);
        Path out = Path.of("target", "fault-suite.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }

    private void stopped(String service) {
        burst(service + " down", () -> {
            RunningPlatform.platform("stop", service);
            pause(8000);
            RunningPlatform.platform("start", service);
        });
    }

    private void killed(String service) {
        burst(service + " kill -9", () -> {
            RunningPlatform.platform("kill", service);
            pause(2000);
            RunningPlatform.platform("start", service);
        });
    }

    private void burst(String fault, Runnable injection) {
        Journey.Tokens tokens = new Journey.Tokens();
        String citizen = tokens.of("demo-citizen");
        Set<String> casesBefore = caseIds(citizen);
        Set<String> walletBefore = licences(citizen);
        Calls calls = new Calls(RunningPlatform.GATEWAY);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);

        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE + 1);
        List<Future<Journey.Finished>> journeys = new ArrayList<>();
        Future<?> faultDone;
        try {
            for (int i = 0; i < JOURNEYS; i++) {
                journeys.add(pool.submit(() -> new Journey(calls, tokens, deadline).run()));
            }
            // The fault arrives while the first journeys are half way and the others wait their turn.
            pause(2500);
            faultDone = pool.submit(injection);
            List<Journey.Finished> finished = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            for (Future<Journey.Finished> journey : journeys) {
                try {
                    finished.add(journey.get(6, TimeUnit.MINUTES));
                } catch (ExecutionException e) {
                    failed.add(e.getCause().getMessage());
                }
            }
            faultDone.get(6, TimeUnit.MINUTES);
            assertThat(failed).as("journeys that did not finish (%s)", fault).isEmpty();
            check(fault, calls, tokens, finished, casesBefore, walletBefore);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError(fault + ": " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void check(String fault, Calls calls, Journey.Tokens tokens, List<Journey.Finished> finished,
            Set<String> casesBefore, Set<String> walletBefore) {
        String citizen = tokens.of("demo-citizen");
        Set<String> caseIds = finished.stream().map(Journey.Finished::caseId).collect(Collectors.toSet());
        assertThat(caseIds).as("one case per journey (%s)", fault).hasSize(JOURNEYS);
        assertThat(added(caseIds(citizen), casesBefore))
                .as("cases the citizen has gained: each journey's once, no duplicate from a retry (%s)", fault)
                .containsExactlyInAnyOrderElementsOf(caseIds);
        for (Journey.Finished f : finished) {
            JsonNode stored = json(gateway.get("/api/intake/cases/" + f.caseId(), citizen));
            assertThat(stored.path("state").asString()).as("case %s (%s)", f.caseId(), fault).isEqualTo("APPROVED");
            JsonNode decision = stored.path("decision");
            assertThat(List.of(decision.path("handler").asString(), decision.path("reviewer").asString(),
                    decision.path("approver").asString())).containsExactly("demo-clerk", "demo-reviewer", "demo-approver");
        }
        Set<String> licences = finished.stream().map(Journey.Finished::certificateNumber).collect(Collectors.toSet());
        assertThat(licences).as("one licence per case (%s)", fault).hasSize(JOURNEYS);
        assertThat(added(licences(citizen), walletBefore)).as("licences the wallet has gained: each once (%s)", fault)
                .containsExactlyInAnyOrderElementsOf(licences);

        Messages messages = awaitMessages(finished, citizen);
        assertThat(messages.missing()).as("messages lost (%s)", fault).isEmpty();
        assertThat(messages.duplicates()).as("messages recorded or SMS sent twice (%s)", fault).isEmpty();
        assertThat(calls.breaks()).as("calls answered with neither a success nor a problem+json retry hint (%s)", fault)
                .isEmpty();

        SUMMARY.put(fault, String.format(
                "%d calls: %d succeeded, %d 503 with Retry-After, %d 429, %d 409 check pending with Retry-After; "
                        + "0 breaks; slowest %d ms | %d cases, %d licences, %d messages (%d SMS sent so far), 0 lost, 0 twice",
                calls.total(), calls.succeeded(), calls.unavailable(), calls.limited(), calls.waiting(),
                calls.slowestMillis(),
                caseIds.size(), licences.size(), messages.recorded(), messages.sent()));
    }

    /** The journeys' messages: as the citizen's inbox records them, and as the SMS providers received them. */
    private record Messages(int recorded, int sent, List<String> missing, List<String> duplicates) {
    }

    /**
     * Waits up to a minute for each case's acceptance, approval and licence message (notifications
     * may have been restarting), then counts every text naming the case or its licence: once in the
     * inbox, and at most once at the providers. Each message is one SMS; it is sent at once, or at
     * the end of the county's quiet hours (22:00-07:00), so the providers' count depends on the hour
     * and only duplicates are checked there.
     */
    private Messages awaitMessages(List<Journey.Finished> finished, String citizen) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            List<String> inbox = StreamSupport.stream(json(gateway.get("/api/notifications/inbox", citizen))
                    .get("messages").spliterator(), false).map(m -> m.get("text").asString()).toList();
            List<String> sent = received();
            List<String> missing = new ArrayList<>();
            List<String> duplicates = new ArrayList<>();
            int recorded = 0;
            int delivered = 0;
            for (Journey.Finished f : finished) {
                List<String> mine = naming(inbox, f);
                List<String> mineSent = naming(sent, f);
                recorded += mine.size();
                delivered += mineSent.size();
                for (String expected : new String[] {"已受理，受理编号 " + f.caseNumber(), f.caseNumber() + " 已审批通过",
                        f.certificateNumber() + " 已签发"}) {
                    if (mine.stream().noneMatch(t -> t.contains(expected))) {
                        missing.add(expected);
                    }
                }
                duplicates.addAll(repeated("in the inbox", mine));
                duplicates.addAll(repeated("at the providers", mineSent));
            }
            if (missing.isEmpty() || System.nanoTime() > until) {
                return new Messages(recorded, delivered, missing, duplicates);
            }
            pause(1000);
        }
    }

    private static List<String> naming(List<String> texts, Journey.Finished f) {
        return texts.stream().filter(t -> t.contains(f.caseNumber()) || t.contains(f.caseId())
                || t.contains(f.certificateNumber())).toList();
    }

    private static List<String> repeated(String where, List<String> texts) {
        return texts.stream().collect(Collectors.groupingBy(t -> t, Collectors.counting())).entrySet().stream()
                .filter(e -> e.getValue() > 1).map(e -> e.getValue() + "× " + where + ": " + e.getKey()).toList();
    }

    private static List<String> received() {
        List<String> texts = new ArrayList<>();
        for (String provider : System.getProperty("platform.sms", "http://127.0.0.1:8095,http://127.0.0.1:8096").split(",")) {
            Api.Reply reply = new Api(provider).get("/stub/messages?to=" + CITIZEN_PHONE, null);
            assertThat(reply.status()).as("the SMS stand-in at %s", provider).isEqualTo(200);
            StreamSupport.stream(reply.json().get("messages").spliterator(), false)
                    .map(m -> m.get("text").asString()).forEach(texts::add);
        }
        return texts;
    }

    /** The citizen's cases as their list shows them (the newest hundred: the burst's are among them). */
    private Set<String> caseIds(String token) {
        return values(json(gateway.get("/api/intake/cases", token)).get("items"), "id");
    }

    private Set<String> licences(String token) {
        return values(json(gateway.get("/api/certificates/wallet", token)).get("certificates"), "number");
    }

    private static Set<String> values(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asString())
                .collect(Collectors.toSet());
    }

    private static List<String> added(Set<String> after, Set<String> before) {
        return after.stream().filter(v -> !before.contains(v)).toList();
    }

    /** A read after the fault: the platform must be whole again, so anything but 200 fails the check. */
    private static JsonNode json(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
