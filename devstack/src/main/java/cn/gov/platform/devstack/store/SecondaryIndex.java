package cn.gov.platform.devstack.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A non-unique index on one or more fields, kept in memory and maintained by the collection on
 * every insert, update and delete (all of which the collection serialises under its lock).
 *
 * <p>It answers "which documents could match" for the planner ({@link QueryPlanner}); the
 * collection still runs the full query on each of them, so a superset is always right and only
 * costs time. A document whose key values this index cannot order exactly (see {@link KeyPart})
 * is an "overflow" document: a candidate for every lookup.
 *
 * <p>The index is built from the collection's data on first use, not when it is opened: opening
 * a persisted store (and the library's listDatabases, which opens a database afresh) stays cheap,
 * and the H2 backend needs nothing persisted for it.
 */
final class SecondaryIndex<P> extends Index<P> {

    /** A document with arrays in several indexed fields gets one key per combination, up to this many. */
    private static final int MAX_KEYS_PER_DOCUMENT = 64;

    private final List<String> paths;
    private final List<List<String>> splitPaths;
    private final boolean plannable;

    private final NavigableMap<KeyTuple, Set<P>> keys = new TreeMap<>();
    private final Map<Object, Entry<P>> byId = new HashMap<>();
    private final Set<P> overflow = new HashSet<>();
    private @Nullable Supplier<Stream<DocumentWithPosition<P>>> source;
    private boolean built;

    /** What the index holds for one document, so that removing it needs nothing but its {@code _id}. */
    private record Entry<P>(P position, List<KeyTuple> keys, boolean overflow) {
    }

    SecondaryIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.paths = keys.stream().map(IndexKey::getKey).toList();
        this.splitPaths = paths.stream().map(p -> List.of(p.split("\\.", -1))).toList();
        // Positional paths ("a.0.b") follow rules of their own in the matcher: keep such an index
        // (it is listed and dropped like any other) but never plan with it.
        this.plannable = splitPaths.stream().flatMap(List::stream)
                .noneMatch(s -> s.isEmpty() || s.startsWith("$") || s.chars().allMatch(Character::isDigit));
    }

    /** Names the shadow of a unique index (see {@link #shadowOf}). */
    static String shadowName(String uniqueIndexName) {
        return uniqueIndexName + " (ranges)";
    }

    static boolean isShadow(String indexName) {
        return indexName.endsWith(" (ranges)");
    }

    /**
     * A secondary index over a unique index's keys, so that a query can also use them for what a
     * unique index cannot answer: equality on the leading key(s) of a compound one (GridFS reads
     * chunks by {@code files_id} from {@code files_id_1_n_1}), a range, an anchored prefix. None for
     * an index led by {@code _id}, which the {@code _id} index already serves for equality.
     */
    static <P> @Nullable SecondaryIndex<P> shadowOf(Index<P> index) {
        if (!index.isUnique() || index.getKeys().getFirst().getKey().equals("_id")) {
            return null;
        }
        return new SecondaryIndex<>(shadowName(index.getName()), index.getKeys(), false);
    }

    /** Called by the collection that holds the index: where to read the documents from when it is first used. */
    synchronized void attach(Supplier<Stream<DocumentWithPosition<P>>> documents) {
        this.source = documents;
    }

    List<String> paths() {
        return paths;
    }

    boolean isPlannable() {
        return plannable;
    }

    // --- maintenance, called by the library's collection ---

    @Override
    public P getPosition(Document document) {
        // Only unique indexes locate a document; returning null leaves that to the _id index.
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        // Non-unique: nothing to refuse.
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        // Non-unique: nothing to refuse.
    }

    @Override
    public synchronized void add(Document document, P position, MongoCollection<P> collection) {
        if (!built) {
            return; // the build reads the document from the collection
        }
        Entry<P> entry = entryFor(document, position);
        Entry<P> previous = byId.put(idOf(document), entry);
        if (previous != null) {
            unlink(previous);
        }
        link(entry);
    }

    @Override
    public synchronized P remove(Document document) {
        // The library needs the position back, so an index not yet built is built now; the
        // document is still in the collection at this point.
        ensureBuilt();
        Entry<P> entry = byId.remove(idOf(document));
        if (entry == null) {
            return null;
        }
        unlink(entry);
        return entry.position();
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, P position,
            MongoCollection<P> collection) {
        if (!built) {
            return;
        }
        Entry<P> updated = entryFor(newDocument, position);
        Entry<P> previous = byId.put(idOf(newDocument), updated);
        if (previous != null && previous.overflow() == updated.overflow() && previous.keys().equals(updated.keys())
                && previous.position().equals(position)) {
            return;
        }
        if (previous != null) {
            unlink(previous);
        }
        link(updated);
    }

    @Override
    public boolean canHandle(Document query) {
        // The collection plans queries itself (QueryPlanner); the library's own loop must not pick this index.
        return false;
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        throw new IllegalStateException("secondary index " + getName() + " is only used through the query planner");
    }

    @Override
    public synchronized long getCount() {
        return byId.size();
    }

    @Override
    public synchronized boolean isEmpty() {
        // Not built yet: say so, or the library would feed it every document right away.
        return built && byId.isEmpty();
    }

    @Override
    public synchronized long getDataSize() {
        return keys.size();
    }

    @Override
    public synchronized void drop() {
        keys.clear();
        byId.clear();
        overflow.clear();
        built = false;
        source = null;
    }

    // --- lookups, called by the planner under the collection's lock ---

    /** How many positions the ranges hold (counting overflow documents), stopping early once above {@code cap}. */
    synchronized long count(List<KeyRange> ranges, long cap) {
        ensureBuilt();
        long n = overflow.size();
        for (KeyRange range : ranges) {
            if (n > cap) {
                return n;
            }
            if (range.isEmpty()) {
                continue;
            }
            for (Map.Entry<KeyTuple, Set<P>> e : keys.subMap(range.from(), true, range.to(), true).entrySet()) {
                if (!range.continuesWith(e.getKey())) {
                    break;
                }
                n += e.getValue().size();
                if (n > cap) {
                    return n;
                }
            }
        }
        return n;
    }

    /** Adds the positions the ranges hold, and every overflow document, to {@code into}. */
    synchronized void collect(List<KeyRange> ranges, Collection<P> into) {
        ensureBuilt();
        into.addAll(overflow);
        for (KeyRange range : ranges) {
            if (range.isEmpty()) {
                continue;
            }
            for (Map.Entry<KeyTuple, Set<P>> e : keys.subMap(range.from(), true, range.to(), true).entrySet()) {
                if (!range.continuesWith(e.getKey())) {
                    break;
                }
                into.addAll(e.getValue());
            }
        }
    }

    private void ensureBuilt() {
        if (built) {
            return;
        }
        keys.clear();
        byId.clear();
        overflow.clear();
        if (source != null) {
            try (Stream<DocumentWithPosition<P>> documents = source.get()) {
                documents.forEach(d -> {
                    Entry<P> entry = entryFor(d.getDocument(), d.getPosition());
                    byId.put(idOf(d.getDocument()), entry);
                    link(entry);
                });
            }
        }
        built = true;
    }

    private void link(Entry<P> entry) {
        if (entry.overflow()) {
            overflow.add(entry.position());
            return;
        }
        for (KeyTuple key : entry.keys()) {
            keys.computeIfAbsent(key, k -> new HashSet<>(2)).add(entry.position());
        }
    }

    private void unlink(Entry<P> entry) {
        if (entry.overflow()) {
            overflow.remove(entry.position());
            return;
        }
        for (KeyTuple key : entry.keys()) {
            Set<P> positions = keys.get(key);
            if (positions != null) {
                positions.remove(entry.position());
                if (positions.isEmpty()) {
                    keys.remove(key);
                }
            }
        }
    }

    private static Object idOf(Document document) {
        return Missing.ofNullable(document.get("_id"));
    }

    // --- keys of a document ---

    private Entry<P> entryFor(Document document, P position) {
        if (!plannable) {
            return new Entry<>(position, List.of(), false);
        }
        List<List<KeyPart>> partsPerPath = new ArrayList<>(splitPaths.size());
        long combinations = 1;
        for (List<String> path : splitPaths) {
            Set<KeyPart> parts = new TreeSet<>();
            if (!collect(document, path, 0, parts)) {
                return new Entry<>(position, List.of(), true);
            }
            if (parts.isEmpty()) {
                parts.add(KeyPart.NULL_PART);
            }
            combinations *= parts.size();
            if (combinations > MAX_KEYS_PER_DOCUMENT) {
                return new Entry<>(position, List.of(), true);
            }
            partsPerPath.add(new ArrayList<>(parts));
        }
        List<List<KeyPart>> tuples = List.of(List.of());
        for (List<KeyPart> parts : partsPerPath) {
            List<List<KeyPart>> longer = new ArrayList<>(tuples.size() * parts.size());
            for (List<KeyPart> prefix : tuples) {
                for (KeyPart part : parts) {
                    List<KeyPart> tuple = new ArrayList<>(prefix);
                    tuple.add(part);
                    longer.add(tuple);
                }
            }
            tuples = longer;
        }
        // Every lookup starts with a value (or a range of values) for the first field, never with
        // null, so keys that start with null are never read: keep them out.
        List<KeyTuple> result = tuples.stream().filter(t -> !t.getFirst().isNull()).map(KeyTuple::of).toList();
        return new Entry<>(position, result, false);
    }

    /**
     * Collects the values the matcher would compare for {@code path}: it looks into every element of
     * an array on the way (at any depth) and compares a query value with each element of an array
     * at the end. Answers false when a value cannot be placed (the document becomes overflow).
     */
    private static boolean collect(@Nullable Object value, List<String> path, int depth, Set<KeyPart> out) {
        if (value instanceof List<?> list) {
            if (depth == path.size()) {
                if (list.isEmpty()) {
                    out.add(KeyPart.NULL_PART);
                }
                for (Object element : list) {
                    KeyPart part = element instanceof Collection<?> || element instanceof Document ? null
                            : KeyPart.of(element);
                    if (part == null) {
                        return false;
                    }
                    out.add(part);
                }
                return true;
            }
            for (Object element : list) {
                if (!collect(element, path, depth, out)) {
                    return false;
                }
            }
            return true;
        }
        if (depth == path.size()) {
            KeyPart part = KeyPart.of(value);
            if (part == null) {
                return false;
            }
            out.add(part);
            return true;
        }
        if (value instanceof Document d) {
            return collect(d.getOrMissing(path.get(depth)), path, depth + 1, out);
        }
        out.add(KeyPart.NULL_PART);
        return true;
    }

    @Override
    public String toString() {
        return "SecondaryIndex[name=" + getName() + ", keys=" + paths + "]";
    }
}
