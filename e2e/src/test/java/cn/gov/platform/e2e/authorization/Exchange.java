package cn.gov.platform.e2e.authorization;

import cn.gov.platform.testkit.Api;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * Sends one request as one caller, through the gateway or straight to a service, and answers
 * what the client saw (testkit's {@link Api.Reply}).
 *
 * <p>Each kind of caller sends from an address of its own on the loopback network (127.0.0.10,
 * .11, ...), as different people on different devices would: the gateway limits anonymous
 * callers and some sensitive paths (registration, verification) per client address, and
 * seventeen callers behind one address would share one person's allowance. Where the machine
 * cannot send from such an address the ordinary one is used.
 *
 * <p>The gateway also limits each caller's rate: a 429 is waited out as its Retry-After says and
 * sent again, so the table never sees one (a rule may hold a caller back for minutes when runs
 * follow each other closely; {@link #RATE_LIMIT_BUDGET} bounds that). A 503 is asked again too.
 */
final class Exchange {

    static final Duration RATE_LIMIT_BUDGET = Duration.ofMinutes(3);
    /**
     * A 503 (a service behind its breaker, or one that cannot reach identity in time on a busy
     * machine) refuses before anything is done; it is asked again for this long. It is no answer
     * about authorisation either way.
     */
    static final Duration UNAVAILABLE_BUDGET = Duration.ofSeconds(60);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();
    private final Map<String, Integer> addresses = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger waits = new AtomicInteger();
    private volatile boolean ownAddresses = true;

    /** A small PDF, as an applicant's scan would start. */
    static byte[] pdf() {
        byte[] content = new byte[2048];
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
    }

    Api.Reply send(String base, String caller, String method, String pathAndQuery, @Nullable String token,
            @Nullable String body, @Nullable String contentType, Map<String, String> headers) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        String type = body == null ? null : contentType == null ? "application/json" : contentType;
        return withRateLimit(() -> exchange(base, caller, method, pathAndQuery, token, publisher, type, headers));
    }

    /** One file as multipart/form-data (field {@code file}), as a browser's file input would send it. */
    Api.Reply upload(String base, String caller, String method, String pathAndQuery, @Nullable String token,
            String fileName) {
        String boundary = "----matrix" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(pdf());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return withRateLimit(() -> exchange(base, caller, method, pathAndQuery, token,
                HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()), "multipart/form-data; boundary=" + boundary,
                Map.of()));
    }

    int sent() {
        return sent.get();
    }

    /** How often a 429 or 503 was waited out. */
    int waits() {
        return waits.get();
    }

    private Api.Reply exchange(String base, String caller, String method, String pathAndQuery, @Nullable String token,
            HttpRequest.BodyPublisher body, @Nullable String contentType, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(TIMEOUT)
                .method(method, body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = client(caller).send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.net.BindException | java.net.ConnectException e) {
            if (!ownAddresses) {
                throw new UncheckedIOException(e);
            }
            ownAddresses = false; // no loopback addresses to spare here: everyone sends from the usual one
            clients.clear();
            return exchange(base, caller, method, pathAndQuery, token, body, contentType, headers);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + pathAndQuery + " as " + caller + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        sent.incrementAndGet();
        return new Api.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response.headers().map());
    }

    private HttpClient client(String caller) {
        return clients.computeIfAbsent(caller, name -> {
            HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
            if (ownAddresses) {
                int host = 10 + addresses.computeIfAbsent(name, n -> addresses.size());
                try {
                    builder.localAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) host}));
                } catch (java.net.UnknownHostException impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
            return builder.build();
        });
    }

    private Api.Reply withRateLimit(java.util.function.Supplier<Api.Reply> call) {
        Instant start = Instant.now();
        while (true) {
            Api.Reply reply = call.get();
            Duration budget = reply.status() == 429 ? RATE_LIMIT_BUDGET
                    : reply.status() == 503 ? UNAVAILABLE_BUDGET : Duration.ZERO;
            if (Instant.now().isAfter(start.plus(budget))) {
                return reply;
            }
            waits.incrementAndGet();
            LockSupport.parkNanos(Duration.ofSeconds(retryAfter(reply)).toNanos());
        }
    }

    private static long retryAfter(Api.Reply reply) {
        String header = reply.header("Retry-After");
        try {
            return header == null ? 1 : Math.clamp(Long.parseLong(header.trim()), 1, 60);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
