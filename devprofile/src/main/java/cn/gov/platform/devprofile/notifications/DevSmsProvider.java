package cn.gov.platform.devprofile.notifications;

import cn.gov.platform.notifications.config.NotificationsProperties;
import cn.gov.platform.notifications.messages.application.ReceiptSignatures;
import cn.gov.platform.notifications.messages.domain.Phone;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in SMS provider for a local machine, one per configured provider, started only when
 * {@code notifications.dev-stub.enabled=true} ({@code SMS_DEV_STUB}) on the host and port of the
 * provider's URL. It speaks the provider API that {@link HttpSmsProvider} speaks, over real HTTP:
 * checks the API key, refuses numbers ending in 0000 as INVALID_NUMBER (so a tester can see a
 * permanent failure), sends each clientRef once however often it is submitted, and calls back
 * with a signed DELIVERED receipt. What it received can be read back:
 * {@code GET /stub/messages?to=<number>} and {@code GET /stub/stats} (counts, duplicates, the
 * highest number received in any one second). {@code POST /stub/inbound {from, text}} delivers a
 * message "sent to the platform's number" to the service's inbound webhook, signed like a receipt. With a journal directory every accepted call is
 * appended to a file before it is answered, so counts survive a kill -9 of the service.
 * Local development only: the journal holds numbers and texts.
 */
public final class DevSmsProvider implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DevSmsProvider.class);

    private record Received(long atMillis, String clientRef, String to, String text) {
    }

    private final NotificationsProperties.Provider config;
    private final JsonMapper json;
    private final HttpServer server;
    private final @Nullable Path journal;
    private final @Nullable URI callback;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Received> calls = new ArrayList<>();
    private final Map<String, String> firstIdByRef = new HashMap<>();

    private final @Nullable URI inboundCallback;
    private final java.time.Clock clock;
    private final java.util.concurrent.atomic.AtomicLong inboundIds = new java.util.concurrent.atomic.AtomicLong();

    public DevSmsProvider(NotificationsProperties.Provider config, @Nullable String journalDir, @Nullable URI callback,
            JsonMapper json, java.time.Clock clock) {
        this(config, journalDir, callback, callback, json, clock);
    }

    /**
     * @param inboundCallback the service's base URL to deliver injected inbound messages to
     *                        ({@code POST /stub/inbound}); none: that endpoint answers 503
     */
    public DevSmsProvider(NotificationsProperties.Provider config, @Nullable String journalDir, @Nullable URI callback,
            @Nullable URI inboundCallback, JsonMapper json, java.time.Clock clock) {
        this.config = config;
        this.clock = clock;
        this.inboundCallback = inboundCallback;
        this.json = json;
        this.callback = callback;
        this.journal = journalDir == null || journalDir.isBlank() ? null
                : Path.of(journalDir).resolve("sms-stub-" + config.name() + ".jsonl");
        load();
        try {
            server = HttpServer.create(new InetSocketAddress(config.url().getHost(), config.url().getPort()), 128);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the dev SMS provider on " + config.url(), e);
        }
        server.createContext("/v1/sms", this::send);
        server.createContext("/stub/messages", this::messages);
        server.createContext("/stub/stats", this::stats);
        server.createContext("/stub/refs", this::refs);
        server.createContext("/stub/inbound", this::inbound);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        log.warn("Dev SMS provider {} listening on {} (local development only)", config.name(), config.url());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void send(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                reply(exchange, 405, Map.of("error", "METHOD_NOT_ALLOWED"));
                return;
            }
            if (!("Bearer " + config.apiKey()).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                reply(exchange, 401, Map.of("error", "UNAUTHORIZED"));
                return;
            }
            JsonNode request = json.readTree(exchange.getRequestBody());
            String ref = request.path("clientRef").asString("");
            String to = request.path("to").asString("");
            String text = request.path("text").asString("");
            if (ref.isBlank() || text.isBlank()) {
                reply(exchange, 400, Map.of("error", "MALFORMED"));
                return;
            }
            if (!Phone.isValid(to) || to.endsWith("0000")) {
                reply(exchange, 400, Map.of("error", "INVALID_NUMBER"));
                return;
            }
            String id;
            boolean first;
            synchronized (this) {
                Received r = new Received(clock.millis(), ref, to, text);
                append(r);
                calls.add(r);
                first = !firstIdByRef.containsKey(ref);
                id = firstIdByRef.computeIfAbsent(ref, k -> config.name() + "-" + firstIdByRef.size());
            }
            reply(exchange, 200, Map.of("messageId", id));
            if (first && callback != null) {
                Thread.ofVirtual().start(() -> receipt(ref, id));
            }
        } catch (RuntimeException e) {
            log.warn("Dev SMS provider could not answer", e);
        }
    }

    private void receipt(String ref, String id) {
        try {
            Thread.sleep(100);
            String body = json.writeValueAsString(Map.of("clientRef", ref, "messageId", id, "status", "DELIVERED"));
            http.send(HttpRequest.newBuilder(callback.resolve("/api/notifications/receipts/" + config.name()))
                    .header("Content-Type", "application/json")
                    .header("X-Signature", "sha256=" + ReceiptSignatures.hmacHex(config.receiptSecret(), body))
                    .timeout(Duration.ofSeconds(5))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException | RuntimeException e) {
            log.info("Dev SMS provider could not deliver a receipt: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A tester's message "sent to the platform's number": {@code POST /stub/inbound {from, text, messageId?}}
     * is delivered to the service's inbound webhook, signed like a receipt, and answered with the
     * service's own status and body. The same messageId twice is a provider's retry.
     */
    private void inbound(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                reply(exchange, 405, Map.of("error", "METHOD_NOT_ALLOWED"));
                return;
            }
            if (inboundCallback == null) {
                reply(exchange, 503, Map.of("error", "NO_CALLBACK_URL"));
                return;
            }
            JsonNode request = json.readTree(exchange.getRequestBody());
            String from = request.path("from").asString("");
            String text = request.path("text").asString("");
            String id = request.path("messageId").asString("");
            if (from.isBlank()) {
                reply(exchange, 400, Map.of("error", "MALFORMED"));
                return;
            }
            if (id.isBlank()) {
                id = config.name() + "-in-" + clock.millis() + "-" + inboundIds.incrementAndGet();
            }
            String body = json.writeValueAsString(Map.of("messageId", id, "from", from, "text", text));
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                                inboundCallback.resolve("/api/notifications/inbound/" + config.name()))
                        .header("Content-Type", "application/json")
                        .header("X-Signature", "sha256=" + ReceiptSignatures.hmacHex(config.receiptSecret(), body))
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("messageId", id);
                out.put("status", answer.statusCode());
                out.put("answer", answer.body().isBlank() ? Map.of() : json.readTree(answer.body()));
                reply(exchange, 200, out);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                reply(exchange, 503, Map.of("error", "INTERRUPTED"));
            } catch (IOException e) {
                reply(exchange, 502, Map.of("error", "SERVICE_UNREACHABLE"));
            }
        } catch (RuntimeException e) {
            log.warn("Dev SMS provider could not deliver an inbound message", e);
        }
    }

    private void messages(HttpExchange exchange) throws IOException {
        try (exchange) {
            String to = query(exchange).getOrDefault("to", "");
            List<Map<String, Object>> found = new ArrayList<>();
            synchronized (this) {
                for (Received r : calls) {
                    if (r.to().equals(to)) {
                        found.add(Map.of("clientRef", r.clientRef(), "text", r.text(), "at", r.atMillis()));
                    }
                }
            }
            reply(exchange, 200, Map.of("to", to, "count", found.size(), "messages", found));
        }
    }

    private void stats(HttpExchange exchange) throws IOException {
        try (exchange) {
            long[] times;
            int unique;
            synchronized (this) {
                times = calls.stream().mapToLong(Received::atMillis).sorted().toArray();
                unique = firstIdByRef.size();
            }
            int maxSliding = 0;
            for (int i = 0, j = 0; i < times.length; i++) {
                while (times[i] - times[j] >= 1000) {
                    j++;
                }
                maxSliding = Math.max(maxSliding, i - j + 1);
            }
            Map<Long, Integer> perSecond = new HashMap<>();
            for (long t : times) {
                perSecond.merge(t / 1000, 1, Integer::sum);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("provider", config.name());
            body.put("received", times.length);
            body.put("unique", unique);
            body.put("duplicates", times.length - unique);
            body.put("maxPerCalendarSecond", perSecond.values().stream().mapToInt(Integer::intValue).max().orElse(0));
            body.put("maxInAnySecond", maxSliding);
            body.put("firstAt", times.length == 0 ? 0 : times[0]);
            body.put("lastAt", times.length == 0 ? 0 : times[times.length - 1]);
            reply(exchange, 200, body);
        }
    }

    private void refs(HttpExchange exchange) throws IOException {
        try (exchange) {
            List<String> refs;
            synchronized (this) {
                refs = List.copyOf(firstIdByRef.keySet());
            }
            reply(exchange, 200, Map.of("refs", refs));
        }
    }

    private void append(Received r) {
        if (journal == null) {
            return;
        }
        try {
            // Written before the call is answered; without fsync, which survives a kill -9 (not a power cut).
            Files.writeString(journal, json.writeValueAsString(r) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void load() {
        if (journal == null) {
            return;
        }
        try {
            Files.createDirectories(journal.getParent());
            if (!Files.exists(journal)) {
                return;
            }
            for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Received r = json.readValue(line, Received.class);
                    calls.add(r);
                    firstIdByRef.putIfAbsent(r.clientRef(), config.name() + "-" + firstIdByRef.size());
                } catch (RuntimeException torn) {
                    // A line cut short by a kill: the call was not answered, so the sender retries it.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> params = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    private void reply(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
