package cn.gov.platform.devstack.store;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The part of an indexed collection that the H2 and memory collections share: planning and counting. */
final class IndexedQueries<P> {

    private final QueryStatistics statistics = new QueryStatistics();
    private volatile boolean enabled = true;

    /**
     * The positions {@code query} has to read, sorted in {@code order} (the order a scan reads
     * them in, so that limit, skip and equal sort keys give what the scan gives), or null: scan.
     */
    @Nullable List<P> positions(Document query, List<Index<P>> indexes, long collectionSize,
            Comparator<? super P> order) {
        Set<P> candidates = enabled ? QueryPlanner.candidates(query, indexes, collectionSize) : null;
        if (candidates == null) {
            statistics.scanned(collectionSize);
            return null;
        }
        List<P> positions = new ArrayList<>(candidates);
        positions.sort(order);
        statistics.indexed(positions.size());
        return positions;
    }

    /**
     * {@code stats} with a field {@code queries}: indexed queries, scans and documents examined so
     * far; and without the shadows of unique indexes, which nobody created.
     */
    Document withStatistics(Document stats) {
        if (stats.get("indexSize") instanceof Document sizes) {
            sizes.keySet().removeIf(SecondaryIndex::isShadow);
            stats.put("nindexes", sizes.size());
        }
        stats.put("queries", new Document("indexed", statistics.indexedQueries()).append("scans", statistics.scans())
                .append("documentsExamined", statistics.documentsExamined()));
        return stats;
    }

    QueryStatistics statistics() {
        return statistics;
    }

    void enable(boolean enabled) {
        this.enabled = enabled;
    }
}
