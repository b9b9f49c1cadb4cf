package cn.gov.platform.intake.catalogue.infrastructure;

import cn.gov.platform.intake.catalogue.application.ItemQuery;
import cn.gov.platform.intake.catalogue.application.ServiceItems;
import cn.gov.platform.intake.catalogue.domain.ItemCode;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the current version of each item in memory for a short while: every submission reads its
 * item, and the catalogue changes a few times a year. A change made through this instance is
 * seen at once; one made through another instance within {@code ttl}. Versions are immutable, so
 * they are cached without expiry.
 */
class CachingServiceItems implements ServiceItems, SeededItems {

    private record Entry(Optional<ServiceItem> item, Instant until) {
    }

    private final MongoServiceItems store;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private final Map<String, ServiceItem> versions = new ConcurrentHashMap<>();

    CachingServiceItems(MongoServiceItems store, Duration ttl, Clock clock) {
        this.store = store;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public Optional<ServiceItem> current(ItemCode code) {
        Instant now = clock.instant();
        Entry entry = current.get(code.value());
        if (entry == null || !now.isBefore(entry.until())) {
            entry = new Entry(store.current(code), now.plus(ttl));
            current.put(code.value(), entry);
        }
        return entry.item();
    }

    @Override
    public Optional<ServiceItem> version(ItemCode code, int version) {
        String key = code.value() + "@" + version;
        ServiceItem cached = versions.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<ServiceItem> found = store.version(code, version);
        found.ifPresent(item -> versions.put(key, item));
        return found;
    }

    @Override
    public List<ServiceItem> search(ItemQuery query) {
        return store.search(query);
    }

    @Override
    public boolean add(ServiceItem item) {
        try {
            return store.add(item);
        } finally {
            current.remove(item.code().value());
        }
    }

    /** Read from the store itself: the seed decides on what is stored, not on what this instance saw. */
    @Override
    public Optional<SeedDecision.Current> currentWithOrigin(ItemCode code) {
        return store.currentWithOrigin(code);
    }

    @Override
    public boolean addSeeded(ServiceItem item, String seedSha256) {
        try {
            return store.addSeeded(item, seedSha256);
        } finally {
            current.remove(item.code().value());
        }
    }
}
