package cn.gov.platform.e2e.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every call a burst makes through the gateway, and what came back: a success, a problem+json 503
 * or 429 with a retry hint (the answers a client is promised while something is down), or a break
 * (any other failure, an answer that is not problem+json, a 503 without {@code Retry-After}, or no
 * answer within {@link #HANG}: the gateway's own limit is 15 s).
 */
final class Calls {

    static final Duration HANG = Duration.ofSeconds(16);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String gateway;
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger succeeded = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final AtomicInteger limited = new AtomicInteger();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicLong slowestMillis = new AtomicLong();
    private final ConcurrentLinkedQueue<String> breaks = new ConcurrentLinkedQueue<>();

    Calls(String gateway) {
        this.gateway = gateway;
    }

    /** One answer; {@code status} 0 when there was none (a hang or a refused connection). */
    record Answer(int status, String contentType, String body, @Nullable String retryAfter) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /**
         * A refusal the caller is told to retry: 503 or 429 problem+json with Retry-After, a 409 with
         * Retry-After (a step waiting for a check another service has not answered yet), or no answer at all.
         */
        boolean retry() {
            return status == 0 || ((status == 503 || status == 429 || status == 409) && retryAfter != null);
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        @Nullable String code() {
            return contentType.startsWith("application/problem+json") ? json().path("code").asString(null) : null;
        }
    }

    Answer send(String method, String path, @Nullable String token, Map<String, String> headers,
            HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(HANG).method(method, body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        total.incrementAndGet();
        long start = System.nanoTime();
        Answer answer;
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            answer = new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("Retry-After").orElse(null));
        } catch (HttpTimeoutException e) {
            breaks.add(method + " " + path + ": no answer within " + HANG.toSeconds() + " s");
            answer = new Answer(0, "", "", null);
        } catch (IOException e) {
            // The gateway itself is never stopped by the suite, so a refused connection is a break too.
            breaks.add(method + " " + path + ": " + e);
            answer = new Answer(0, "", "", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        slowestMillis.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
        classify(method + " " + path, answer);
        return answer;
    }

    private void classify(String call, Answer answer) {
        if (answer.status() == 0) {
            return;
        }
        boolean problem = answer.contentType().startsWith("application/problem+json");
        if (answer.ok()) {
            succeeded.incrementAndGet();
        } else if (answer.status() == 503 && problem && answer.retryAfter() != null) {
            unavailable.incrementAndGet();
        } else if (answer.status() == 429 && problem && answer.retryAfter() != null) {
            limited.incrementAndGet();
        } else if (answer.status() == 409 && problem && answer.retryAfter() != null) {
            waiting.incrementAndGet();
        } else if (!problem) {
            breaks.add(call + ": " + answer.status() + " " + answer.contentType() + " (not problem+json)");
        } else if (answer.status() >= 500) {
            breaks.add(call + ": " + answer.status() + " " + answer.code()
                    + (answer.status() == 503 ? " without Retry-After" : ""));
        }
        // Other 4xx problems are answers to the journey's own state (a retried step that had been done):
        // the journey decides, and the final checks say whether the case ended right.
    }

    int total() {
        return total.get();
    }

    int succeeded() {
        return succeeded.get();
    }

    int unavailable() {
        return unavailable.get();
    }

    int limited() {
        return limited.get();
    }

    /** Steps refused 409 with Retry-After: a material check waiting for a service that was down. */
    int waiting() {
        return waiting.get();
    }

    long slowestMillis() {
        return slowestMillis.get();
    }

    List<String> breaks() {
        return List.copyOf(breaks);
    }
}
