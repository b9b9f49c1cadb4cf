package cn.gov.platform.e2e.authorization;

import cn.gov.platform.testkit.Api;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * Sends one request as one caller, through the gateway or straight to a service. The gateway
 * limits each caller's rate (20 a second, bursts of 40): a 429 is waited out and sent again, so
 * the table never sees one. Every request counts, for the run's figures.
 */
final class Exchange {

    private static final int RATE_LIMIT_ATTEMPTS = 60;
    private final Map<String, Api> apis = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();

    /** A small PDF, as an applicant's scan would start. */
    static byte[] pdf() {
        byte[] content = new byte[2048];
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
    }

    Api.Reply send(String base, String method, String pathAndQuery, @Nullable String token, @Nullable String body,
            @Nullable String contentType, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        if (body != null) {
            all.putIfAbsent("Content-Type", contentType == null ? "application/json" : contentType);
        }
        return withRateLimit(() -> api(base).send(method, pathAndQuery, token, body, all));
    }

    Api.Reply upload(String base, String method, String pathAndQuery, @Nullable String token, String fileName) {
        return withRateLimit(() -> api(base).uploadFile(method, pathAndQuery, token, fileName, "application/pdf", pdf()));
    }

    int sent() {
        return sent.get();
    }

    private Api api(String base) {
        return apis.computeIfAbsent(base, Api::new);
    }

    private Api.Reply withRateLimit(java.util.function.Supplier<Api.Reply> call) {
        Api.Reply reply = null;
        for (int attempt = 1; attempt <= RATE_LIMIT_ATTEMPTS; attempt++) {
            reply = call.get();
            sent.incrementAndGet();
            if (reply.status() != 429) {
                return reply;
            }
            // The bucket refills 20 tokens a second: a short pause is enough, a longer one on repeats.
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(Math.min(1000, 100L * attempt)));
        }
        return reply;
    }
}
