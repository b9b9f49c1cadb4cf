package cn.gov.platform.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoSocketWriteException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import io.lettuce.core.RedisLoadingException;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The store or Redis failing in ways no Spring template categorises (a GridFS upload while the store
 * restarts, a command while a restarted Redis loads its data: both found by the fault suite) is the
 * outage's 503 with a retry hint, not a 500.
 */
class OutageProblemTest {

    private final ProblemHandlerAdvice advice = new ProblemHandlerAdvice();

    @Test
    void aSocketFailureToTheStoreIs503WithRetryAfter() {
        ResponseEntity<Object> response = advice.storeUnreachable(new MongoSocketWriteException(
                "Exception sending message", new ServerAddress("127.0.0.1", 27017), new IOException("Broken pipe")));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(((ProblemDetail) response.getBody()).getProperties()).containsEntry("code", "TEMPORARILY_UNAVAILABLE");
    }

    @Test
    void aRestartedRedisStillLoadingItsDataIs503WithRetryAfter() {
        ResponseEntity<Object> response = advice.uncategorized(new RedisSystemException("Error in execution",
                new RedisLoadingException("LOADING Redis is loading the dataset in memory")));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
    }

    @Test
    void anyOtherUncategorisedFailureStaysA500() {
        ResponseEntity<Object> response = advice.uncategorized(new RedisSystemException("Error in execution",
                new IllegalStateException("WRONGTYPE Operation against a key holding the wrong kind of value")));

        assertThat(response.getStatusCode().value()).isEqualTo(500);
    }

    @Test
    void noStoreSelectableInTimeIs503Too() {
        ResponseEntity<Object> response = advice.storeUnreachable(new MongoTimeoutException("Timed out after 2000 ms"));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(((ProblemDetail) response.getBody()).getProperties()).containsEntry("code", "TEMPORARILY_UNAVAILABLE");
    }
}
