package cn.gov.platform.credit.checks.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.gov.platform.credit.checks.domain.CheckRecord;
import cn.gov.platform.credit.checks.domain.Stage;
import cn.gov.platform.credit.checks.domain.Standing;
import cn.gov.platform.support.problem.PlatformException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;

class MongoCheckLogTest {

    private final MongoTemplate mongo = mock(MongoTemplate.class);
    private final BulkOperations bulk = mock(BulkOperations.class);
    private final AtomicInteger written = new AtomicInteger();

    private static CheckRecord aCheck() {
        return new CheckRecord(java.util.UUID.randomUUID().toString(), "subject", null, "SCJG-002", "case-1",
                Stage.ACCEPTANCE, Standing.NO_MEASURES, List.of(), List.of(), null, Instant.parse("2026-12-06T01:00:00Z"));
    }

    @Test
    void aCheckReturnsOnlyAfterTheBatchHoldingItsRecordWasWritten() {
        when(mongo.bulkOps(eq(BulkOperations.BulkMode.UNORDERED), eq(MongoCheckLog.CHECKS))).thenReturn(bulk);
        when(bulk.insert(anyList())).thenReturn(bulk);
        when(bulk.execute()).thenAnswer(call -> {
            Thread.sleep(100);
            written.incrementAndGet();
            return null;
        });
        try (MongoCheckLog log = new MongoCheckLog(mongo, Duration.ofSeconds(2))) {
            log.record(aCheck());

            assertThat(written.get()).isEqualTo(1);
        }
    }

    @Test
    void aStoreThatFailsTheWriteMakesTheCheckA503InsteadOfAnAnswerWithoutRecord() {
        when(mongo.bulkOps(any(BulkOperations.BulkMode.class), eq(MongoCheckLog.CHECKS))).thenReturn(bulk);
        when(bulk.insert(anyList())).thenReturn(bulk);
        when(bulk.execute()).thenThrow(new DataAccessResourceFailureException("store down"));
        try (MongoCheckLog log = new MongoCheckLog(mongo, Duration.ofSeconds(2))) {
            assertThatThrownBy(() -> log.record(aCheck())).isInstanceOfSatisfying(PlatformException.class, e -> {
                assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                assertThat(e.code()).isEqualTo("CHECK_NOT_RECORDED");
            });
        }
    }

    @Test
    void aStoreSlowerThanTheWriteTimeoutMakesTheCheckA503WithinTheTimeout() {
        when(mongo.bulkOps(any(BulkOperations.BulkMode.class), eq(MongoCheckLog.CHECKS))).thenReturn(bulk);
        when(bulk.insert(anyList())).thenReturn(bulk);
        when(bulk.execute()).thenAnswer(call -> {
            Thread.sleep(3_000);
            return null;
        });
        try (MongoCheckLog log = new MongoCheckLog(mongo, Duration.ofMillis(300))) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> log.record(aCheck())).isInstanceOf(PlatformException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        }
    }
}
