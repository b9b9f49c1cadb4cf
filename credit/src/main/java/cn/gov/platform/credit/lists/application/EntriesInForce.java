package cn.gov.platform.credit.lists.application;

import cn.gov.platform.credit.lists.domain.ActiveEntry;
import cn.gov.platform.credit.lists.domain.ListEntry;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Entries in force and penalty dates by subject key, held in memory so a check never reads the
 * store. MongoDB stays the source of truth: every change is written there first, then applied
 * here and announced to the other instances.
 */
public interface EntriesInForce {

    /** False until the first full load finished; checks refuse to answer before (they would miss entries). */
    boolean ready();

    List<ActiveEntry> of(String subjectKey);

    long[] penaltyDaysOf(String subjectKey);

    /** Applies a stored entry's current state here and on every other instance. */
    void changed(ListEntry entry);

    /** Records a penalty decided on {@code epochDay} here and on every other instance. */
    void penaltyRecorded(String publicationId, String subjectKey, long epochDay);

    /** Reloads everything here and on every other instance (after a bulk import). */
    void reloadEverywhere();

    /** Every subject key with its entries, for reports (a walk over memory, not the store). */
    void forEach(BiConsumer<String, List<ActiveEntry>> visitor);

    int size();
}
