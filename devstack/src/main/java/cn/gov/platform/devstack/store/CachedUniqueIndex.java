package cn.gov.platform.devstack.store;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.mvstore.MVMap;

/**
 * A unique index kept in the library's H2 map, as the plain backend keeps it (so the file opens in either
 * backend), whose lookups are answered from a hash map in memory. H2 orders the map's keys (the library's
 * {@link KeyValue}, which is not {@link Comparable}) by Java-serialising both sides of every comparison, so
 * each lookup by {@code _id} or by another unique key serialised a dozen objects: a fifth of the store's CPU
 * in the notification burst's profile (docs/benchmarks.md). The hash map is filled from the H2 map on first
 * use and changed with it under the index's lock; every change still goes to the H2 map first.
 */
final class CachedUniqueIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<KeyValue, Object> stored;
    private volatile Map<KeyValue, Object> memory;

    CachedUniqueIndex(MVMap<KeyValue, Object> stored, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.stored = stored;
    }

    /** The lookups' map, read from the H2 map the first time (keys deserialised once, never compared). */
    private Map<KeyValue, Object> memory() {
        Map<KeyValue, Object> m = memory;
        if (m == null) {
            synchronized (this) {
                m = memory;
                if (m == null) {
                    m = new ConcurrentHashMap<>();
                    for (Entry<KeyValue, Object> e : stored.entrySet()) {
                        m.put(e.getKey(), e.getValue());
                    }
                    memory = m;
                }
            }
        }
        return m;
    }

    @Override
    protected Object removeDocument(KeyValue keyValue) {
        Object removed = stored.remove(keyValue);
        memory().remove(keyValue);
        return removed;
    }

    @Override
    protected boolean putKeyPosition(KeyValue keyValue, Object position) {
        Object value = Missing.ofNullable(position);
        if (stored.putIfAbsent(keyValue, value) != null) {
            return false;
        }
        memory().put(keyValue, value);
        return true;
    }

    @Override
    protected Iterable<Entry<KeyValue, Object>> getIterable() {
        return memory().entrySet();
    }

    @Override
    protected Object getPosition(KeyValue keyValue) {
        return memory().get(keyValue);
    }

    @Override
    public long getCount() {
        return memory().size();
    }

    @Override
    public boolean isEmpty() {
        return memory().isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
