package cn.gov.platform.credit.lists.infrastructure;

import cn.gov.platform.credit.Fixtures;
import cn.gov.platform.credit.checks.application.CheckLog;
import cn.gov.platform.credit.checks.application.CheckService;
import cn.gov.platform.credit.checks.domain.CheckRecord;
import cn.gov.platform.credit.checks.domain.Feedback;
import cn.gov.platform.credit.checks.domain.Stage;
import cn.gov.platform.credit.lists.domain.EntryData;
import cn.gov.platform.credit.lists.domain.ListEntry;
import cn.gov.platform.credit.measures.domain.ListColour;
import cn.gov.platform.credit.measures.domain.MeasureCatalogue;
import cn.gov.platform.credit.subjects.domain.CreditSubject;
import cn.gov.platform.credit.subjects.domain.SubjectKey;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * In-process check latency with a million entries in the index (bench/credit-check.sh runs it):
 * the same CheckService the endpoint uses, with the subject cache hit locally (as after the first
 * check of an applicant) and the check record handed to a queue (as the batched writer does).
 * One thread; each call timed with System.nanoTime. Not JMH (not available offline here).
 * Usage: CheckBenchmark [entries] [seconds]
 */
public final class CheckBenchmark {

    private static final String[] ITEMS = {"SCJG-002", "SCJG-003", "MZ-002", "ZJ-001", "JT-001", "NY-001"};
    private static final String[] TYPES = {"DISHONEST_JUDGMENT_DEBTOR", "SERIOUS_TAX_VIOLATION", "SERIOUS_MARKET_VIOLATION",
            "ABNORMAL_OPERATION", "WAGE_ARREARS", "A_GRADE_TAXPAYER", "CONTRACT_ABIDING_ENTERPRISE"};

    private CheckBenchmark() {
    }

    public static void main(String[] args) {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        MeasureCatalogue catalogue = Fixtures.catalogue();
        MemoryEntryIndex index = new MemoryEntryIndex(null, null);
        Instant now = Instant.parse("2026-06-01T02:00:00Z");
        long started = System.nanoTime();
        int subjects = entries / 2;
        String[] keys = new String[subjects];
        for (int s = 0; s < subjects; s++) {
            keys[s] = SubjectKey.legalPerson(new UnifiedSocialCreditCode(code(s))).value();
        }
        for (int i = 0; i < entries; i++) {
            String type = TYPES[i % TYPES.length];
            ListColour colour = catalogue.listType(type).orElseThrow().colour();
            EntryData d = new EntryData(new SubjectKey(keys[i % subjects]), "企业" + i, colour, type, "dept-" + (i % 20),
                    "法律依据 " + (i % 50), "事由", "DOC-" + i, LocalDate.of(2025, 1, 1), LocalDate.of(2028, 1, 1));
            index.addLocally(ListEntry.list(d, "BENCH", "bench", now, false));
        }
        System.out.printf("index: %d entries for %d subjects built in %d ms, heap used %d MiB%n", entries, index.size(),
                (System.nanoTime() - started) / 1_000_000,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        markReady(index);

        Map<String, CreditSubject> accounts = new HashMap<>();
        String[] accountIds = new String[20_000];
        for (int a = 0; a < accountIds.length; a++) {
            accountIds[a] = "bench-" + a;
            // Three in four accounts have entries; the rest are unknown to credit.
            if (a % 4 != 3) {
                accounts.put(accountIds[a], new CreditSubject(new SubjectKey(keys[(a * 7919) % subjects]), "bench"));
            }
        }
        CheckLog discard = new CheckLog() {
            private final java.util.concurrent.ArrayBlockingQueue<CheckRecord> queue = new java.util.concurrent.ArrayBlockingQueue<>(1024);

            @Override
            public void record(CheckRecord check) {
                if (!queue.offer(check)) {
                    queue.clear();
                }
            }

            @Override
            public Optional<CheckRecord> check(String id) {
                return Optional.empty();
            }

            @Override
            public boolean addFeedback(Feedback f) {
                return true;
            }

            @Override
            public Optional<Feedback> feedback(String id) {
                return Optional.empty();
            }
        };
        CheckService service = new CheckService(a -> Optional.ofNullable(accounts.get(a)), index, catalogue, discard,
                Clock.fixed(now, ZoneOffset.UTC), new SimpleMeterRegistry());

        SplittableRandom random = new SplittableRandom(42);
        long warmUntil = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            service.check(accountIds[random.nextInt(accountIds.length)], ITEMS[random.nextInt(ITEMS.length)], "c", Stage.ACCEPTANCE);
        }
        long[] samples = new long[5_000_000];
        int n = 0;
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        Map<String, Integer> standings = new HashMap<>();
        while (n < samples.length && System.nanoTime() < until) {
            String account = accountIds[random.nextInt(accountIds.length)];
            String item = ITEMS[random.nextInt(ITEMS.length)];
            long t0 = System.nanoTime();
            CheckService.Checked c = service.check(account, item, "c", Stage.ACCEPTANCE);
            samples[n++] = System.nanoTime() - t0;
            standings.merge(c.evaluation().standing().name(), 1, Integer::sum);
        }
        long[] sorted = Arrays.copyOf(samples, n);
        Arrays.sort(sorted);
        System.out.printf("in-process checks: %d in %d s, %.0f checks/s (1 thread)%n", n, seconds, n / (double) seconds);
        System.out.printf("in-process p50 %.1f us  p99 %.1f us  p99.9 %.1f us  max %.1f us%n", sorted[n / 2] / 1000.0,
                sorted[(int) (n * 0.99)] / 1000.0, sorted[(int) (n * 0.999)] / 1000.0, sorted[n - 1] / 1000.0);
        System.out.println("standings " + standings);
    }

    private static void markReady(MemoryEntryIndex index) {
        try {
            var field = MemoryEntryIndex.class.getDeclaredField("ready");
            field.setAccessible(true);
            field.setBoolean(index, true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid credit code for number {@code n} (GB 32100 check character). */
    public static String code(int n) {
        String body = "91640324MA" + String.format("%07d", n);
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(body.charAt(i)) * weights[i];
        }
        return body + alphabet.charAt((31 - sum % 31) % 31);
    }
}
