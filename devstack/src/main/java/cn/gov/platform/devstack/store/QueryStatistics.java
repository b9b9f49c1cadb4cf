package cn.gov.platform.devstack.store;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counts of one collection's queries (finds, counts, updates, deletes, findAndModify, distinct,
 * an aggregation's leading {@code $match}): how many were answered from indexes, how many scanned,
 * and how many documents they read in all. A test hook, and a number a benchmark can print.
 */
public final class QueryStatistics {

    private final LongAdder indexed = new LongAdder();
    private final LongAdder scans = new LongAdder();
    private final LongAdder examined = new LongAdder();

    void indexed(long documents) {
        indexed.increment();
        examined.add(documents);
    }

    void scanned(long documents) {
        scans.increment();
        examined.add(documents);
    }

    /** Queries answered by reading only the candidates an index gave. */
    public long indexedQueries() {
        return indexed.sum();
    }

    /** Queries answered by reading every document. */
    public long scans() {
        return scans.sum();
    }

    /** Documents read to answer queries. */
    public long documentsExamined() {
        return examined.sum();
    }

    @Override
    public String toString() {
        return "QueryStatistics[indexed=" + indexedQueries() + ", scans=" + scans() + ", examined="
                + documentsExamined() + "]";
    }
}
