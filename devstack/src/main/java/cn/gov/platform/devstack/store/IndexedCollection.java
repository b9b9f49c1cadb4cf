package cn.gov.platform.devstack.store;

/** A collection of the devstack store: it plans its queries with its indexes and counts what they read. */
public interface IndexedCollection {

    /** What the collection's queries have read since it was opened. */
    QueryStatistics statistics();

    /** Test hook: with false, every query scans the collection (the reference the indexes must agree with). */
    void useIndexes(boolean enabled);
}
