package cn.gov.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Supplier;

/** A call that must answer within a bound and never with an HTML page (issue 16: degrade, never hang). */
public final class Bounded {

    private Bounded() {
    }

    public static Api.Reply within(Duration bound, Supplier<Api.Reply> call) {
        long started = System.nanoTime();
        Api.Reply reply = call.get();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("answered within " + bound).isLessThan(bound);
        assertThat(reply.contentType()).as("never an HTML page").doesNotContain("html");
        return reply;
    }

    /** A 503 problem+json with a retry hint. */
    public static void isRetryLaterProblem(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(503);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.header("Retry-After")).isNotBlank();
        assertThat(reply.json().get("code").asString()).isNotBlank();
    }
}
