package cn.gov.platform.credit.lists.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.credit.CreditIT;
import cn.gov.platform.credit.lists.domain.ActiveEntry;
import cn.gov.platform.credit.subjects.domain.SubjectKey;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * What another credit instance sees: a second index, loaded from the same store and listening on
 * the same Redis channel as a second process would, next to the service under test.
 */
class SecondInstanceIT extends CreditIT {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    RedisConnectionFactory connections;

    @Autowired
    ExpirySweeper sweeper;

    private MemoryEntryIndex other;
    private RedisMessageListenerContainer otherListens;

    @BeforeEach
    void anotherInstanceIsRunning() {
        other = new MemoryEntryIndex(mongo, redis);
        other.reload();
        otherListens = new RedisMessageListenerContainer();
        otherListens.setConnectionFactory(connections);
        otherListens.addMessageListener(other, new ChannelTopic(MemoryEntryIndex.CHANNEL));
        otherListens.afterPropertiesSet();
        otherListens.start();
        redis.delete(ExpirySweeper.LOCK);
    }

    @AfterEach
    void stopIt() throws Exception {
        TestClock.release();
        otherListens.stop();
        otherListens.destroy();
    }

    @Test
    void aPenaltyRecordedOnOneInstanceCountsOnTheOtherWithinSecondsAndOnlyOnce() {
        String code = creditCode("91640324MA00PEN01");
        String key = SubjectKey.legalPerson(UnifiedSocialCreditCode.parse(code, "creditCode")).value();
        String approver = issuer().staffToken("si-approver", "640324000000", MARKET, "approver");
        LocalDate decided = TestClock.today().minusDays(20);

        Api.Reply recorded = postJson("/api/credit/penalties", approver, """
                {"subjectKind":"LEGAL_PERSON","creditCode":"%s","name":"同心县传播测试有限公司","department":"%s",
                 "documentNumber":"同市监罚〔2026〕SI-1号","violation":"未按规定公示年报","content":"警告",
                 "legalBasis":"《企业信息公示暂行条例》第十八条","decisionDate":"%s"}""".formatted(code, MARKET, decided));
        assertThat(recorded.status()).isEqualTo(201);

        within(Duration.ofSeconds(3), () -> assertThat(other.penaltyDaysOf(key)).containsExactly(decided.toEpochDay()));

        // The same announcement again (a retry, or this instance hearing its own message): still counted once.
        redis.convertAndSend(MemoryEntryIndex.CHANNEL, "penalty:" + recorded.json().get("id").asString());
        String probe = listEntry(creditCode("91640324MA00PEN02"), "SI-PROBE", TestClock.today().minusDays(1), null);
        within(Duration.ofSeconds(3), () -> assertThat(entryIds(other, creditCode("91640324MA00PEN02"))).contains(probe));
        assertThat(other.penaltyDaysOf(key)).containsExactly(decided.toEpochDay());
    }

    @Test
    void anEntryPastItsEndIsSweptToExpiredInTheStoreAndLeavesEveryInstancesIndex() {
        String code = creditCode("91640324MA00EXP01");
        LocalDate today = TestClock.today();
        String entryId = listEntry(code, "EXP-1", today.minusDays(30), today.plusDays(2));
        within(Duration.ofSeconds(3), () -> assertThat(entryIds(other, code)).contains(entryId));

        assertThat(sweeper.sweepNow()).as("nothing is due while the entry is valid").isZero();
        assertThat(storedStatus(entryId)).isEqualTo("ACTIVE");

        // The day after the end date, in China: the sweep moves it, once.
        TestClock.set(today.plusDays(3).atTime(0, 1).atZone(cn.gov.platform.kernel.ChinaTime.ZONE).toInstant());
        assertThat(sweeper.sweepNow()).isGreaterThanOrEqualTo(1);
        assertThat(sweeper.sweepNow()).isZero();

        assertThat(storedStatus(entryId)).isEqualTo("EXPIRED");
        Document stored = mongo.findById(entryId, Document.class, MongoEntries.COLLECTION);
        assertThat(stored.getList("history", Document.class).getLast().getString("to")).isEqualTo("EXPIRED");
        within(Duration.ofSeconds(3), () -> assertThat(entryIds(other, code)).doesNotContain(entryId));
    }

    @Test
    void whileAnotherInstanceHoldsTheSweepLockThisOneLeavesTheEntriesAlone() {
        String code = creditCode("91640324MA00EXP02");
        LocalDate today = TestClock.today();
        String entryId = listEntry(code, "EXP-2", today.minusDays(30), today.plusDays(1));
        TestClock.set(today.plusDays(5).atTime(9, 0).atZone(cn.gov.platform.kernel.ChinaTime.ZONE).toInstant());
        redis.opsForValue().set(ExpirySweeper.LOCK, "another-instance", Duration.ofMinutes(1));

        assertThat(sweeper.sweepNow()).isZero();
        assertThat(storedStatus(entryId)).isEqualTo("ACTIVE");
        assertThat(redis.opsForValue().get(ExpirySweeper.LOCK)).as("another's lock is not released").isEqualTo("another-instance");

        redis.delete(ExpirySweeper.LOCK);
        assertThat(sweeper.sweepNow()).isGreaterThanOrEqualTo(1);
        assertThat(storedStatus(entryId)).isEqualTo("EXPIRED");
    }

    private String listEntry(String code, String document, LocalDate start, LocalDate end) {
        String reviewer = issuer().staffToken("si-reviewer", "640324000000", MARKET, "reviewer");
        Api.Reply listed = postJson("/api/credit/entries", reviewer, """
                {"subject":{"kind":"LEGAL_PERSON","creditCode":"%s","name":"同心县到期测试有限公司"},
                 "list":"BLACK","listType":"SERIOUS_MARKET_VIOLATION","issuingDepartment":"%s",
                 "legalBasis":"市场监管总局令第44号","reason":"测试","documentNumber":"同市监严失〔2026〕%s号",
                 "start":"%s"%s}""".formatted(code, MARKET, document, start,
                end == null ? "" : ",\"end\":\"" + end + "\""));
        assertThat(listed.status()).as(listed.body()).isEqualTo(201);
        return listed.json().get("entryId").asString();
    }

    private String storedStatus(String entryId) {
        return mongo.findById(entryId, Document.class, MongoEntries.COLLECTION).getString("status");
    }

    private static java.util.List<String> entryIds(MemoryEntryIndex index, String code) {
        return index.of(SubjectKey.legalPerson(UnifiedSocialCreditCode.parse(code, "creditCode")).value()).stream()
                .map(ActiveEntry::entryId).toList();
    }

    private static void within(Duration bound, Runnable assertion) {
        long until = System.nanoTime() + bound.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > until) {
                    throw e;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
