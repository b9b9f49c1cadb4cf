package cn.gov.platform.credit.lists.infrastructure;

import cn.gov.platform.credit.lists.application.EntriesInForce;
import cn.gov.platform.credit.lists.domain.ActiveEntry;
import cn.gov.platform.credit.lists.domain.EntryStatus;
import cn.gov.platform.credit.lists.domain.ListEntry;
import cn.gov.platform.credit.measures.domain.ListColour;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Entries in force and penalty dates per subject key, in memory. Loaded in full at start-up;
 * each change is written to MongoDB first, applied here, and published on the Redis channel
 * {@code credit:index} ({@code entry:<id>}, {@code penalty:<id>}, {@code reload:<instance>}) so that every
 * other instance reads the changed document by id and applies it too: an upheld objection stops
 * the entry applying everywhere, and a penalty counts towards the enterprise's class everywhere,
 * within the pub/sub delay (milliseconds). Penalties are counted once per publication id, however
 * often their message arrives. A lost message is healed by the periodic full reload
 * ({@code platform.credit.index.reload-every}).
 */
class MemoryEntryIndex implements EntriesInForce, MessageListener {

    static final String CHANNEL = "credit:index";
    private static final String PUBLICATIONS = "publications";
    private static final Logger log = LoggerFactory.getLogger(MemoryEntryIndex.class);
    private static final ActiveEntry[] NO_ENTRIES = {};
    private static final long[] NO_DAYS = {};

    private record Slot(ActiveEntry[] entries, long[] penaltyDays) {
    }

    private volatile Map<String, Slot> slots = new ConcurrentHashMap<>();
    private volatile boolean ready;
    /** Publication ids of the penalties counted in {@link #slots}, so that a repeated message counts nothing. */
    private volatile Set<String> penaltyIds = ConcurrentHashMap.newKeySet();
    private final String instance = java.util.UUID.randomUUID().toString();
    private final MongoTemplate mongo;
    private final StringRedisTemplate redis;

    MemoryEntryIndex(MongoTemplate mongo, StringRedisTemplate redis) {
        this.mongo = mongo;
        this.redis = redis;
    }

    @Override
    public boolean ready() {
        return ready;
    }

    @Override
    public List<ActiveEntry> of(String subjectKey) {
        Slot slot = slots.get(subjectKey);
        return slot == null ? List.of() : Arrays.asList(slot.entries());
    }

    @Override
    public long[] penaltyDaysOf(String subjectKey) {
        Slot slot = slots.get(subjectKey);
        return slot == null ? NO_DAYS : slot.penaltyDays();
    }

    @Override
    public void changed(ListEntry entry) {
        apply(slots, entry.subjectKey(), entry.id(), entry.status().inForce() ? entry.toActive() : null);
        announce("entry:" + entry.id());
    }

    @Override
    public void penaltyRecorded(String publicationId, String subjectKey, long epochDay) {
        if (penaltyIds.add(publicationId)) {
            addPenalty(slots, subjectKey, epochDay);
        }
        announce("penalty:" + publicationId);
    }

    /** This instance already holds what it imported (added locally); only the others reload. */
    @Override
    public void reloadEverywhere() {
        announce("reload:" + instance);
    }

    @Override
    public void forEach(BiConsumer<String, List<ActiveEntry>> visitor) {
        slots.forEach((key, slot) -> visitor.accept(key, Arrays.asList(slot.entries())));
    }

    @Override
    public int size() {
        return slots.size();
    }

    /** Reads every entry in force and every penalty; swaps the whole map at the end. */
    synchronized void reload() {
        long started = System.nanoTime();
        Map<String, Slot> fresh = new ConcurrentHashMap<>();
        Set<String> freshPenalties = ConcurrentHashMap.newKeySet();
        Query inForce = Query.query(Criteria.where("status").in(EntryStatus.ACTIVE.name(), EntryStatus.UNDER_OBJECTION.name()));
        inForce.fields().include("_id", "subjectKey", "list", "listType", "issuingDepartment", "legalBasis", "start", "end");
        int[] count = {0};
        try (Stream<Document> docs = mongo.stream(inForce, Document.class, MongoEntries.COLLECTION)) {
            docs.forEach(d -> {
                apply(fresh, d.getString("subjectKey"), d.getString("_id"), toActive(d));
                count[0]++;
            });
        }
        Query penalties = Query.query(Criteria.where("kind").is("PENALTY"));
        penalties.fields().include("_id", "subjectKey", "decisionDate");
        try (Stream<Document> docs = mongo.stream(penalties, Document.class, PUBLICATIONS)) {
            docs.forEach(d -> {
                if (d.getString("subjectKey") != null && freshPenalties.add(d.getString("_id"))) {
                    addPenalty(fresh, d.getString("subjectKey"), LocalDate.parse(String.valueOf(d.get("decisionDate"))).toEpochDay());
                }
            });
        }
        slots = fresh;
        penaltyIds = freshPenalties;
        ready = true;
        log.info("Credit index loaded: {} entries in force for {} subjects in {} ms", count[0], fresh.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Bulk loads add entries without announcing each one (the import announces one reload at its end). */
    void addLocally(ListEntry entry) {
        apply(slots, entry.subjectKey(), entry.id(), entry.toActive());
    }

    private static ActiveEntry toActive(Document d) {
        Object end = d.get("end");
        return new ActiveEntry(d.getString("_id"), ListColour.valueOf(d.getString("list")),
                d.getString("listType").intern(), d.getString("issuingDepartment").intern(),
                d.getString("legalBasis").intern(), day(d.get("start")), end == null ? Long.MAX_VALUE : day(end));
    }

    private static long day(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toEpochDay();
        }
        return LocalDate.parse(String.valueOf(value)).toEpochDay();
    }

    private static void apply(Map<String, Slot> map, String key, String entryId, ActiveEntry active) {
        map.compute(key, (k, slot) -> {
            List<ActiveEntry> list = new ArrayList<>(slot == null ? List.of() : Arrays.asList(slot.entries()));
            list.removeIf(e -> e.entryId().equals(entryId));
            if (active != null) {
                list.add(active);
            }
            long[] days = slot == null ? NO_DAYS : slot.penaltyDays();
            return list.isEmpty() && days.length == 0 ? null : new Slot(list.toArray(NO_ENTRIES), days);
        });
    }

    private static void addPenalty(Map<String, Slot> map, String key, long day) {
        map.compute(key, (k, slot) -> {
            long[] days = slot == null ? NO_DAYS : slot.penaltyDays();
            long[] more = Arrays.copyOf(days, days.length + 1);
            more[days.length] = day;
            return new Slot(slot == null ? NO_ENTRIES : slot.entries(), more);
        });
    }

    private void announce(String message) {
        try {
            redis.convertAndSend(CHANNEL, message);
        } catch (RuntimeException e) {
            log.warn("Index change not announced ({}); other instances catch up at their next reload: {}", message,
                    e.toString());
        }
    }

    /** Another instance (or this one) changed something: read it by id and apply it here. */
    @Override
    public void onMessage(Message message, byte[] pattern) {
        String text = new String(message.getBody(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            if (text.startsWith("reload:")) {
                if (!text.equals("reload:" + instance)) {
                    Thread.ofVirtual().start(this::reload);
                }
            } else if (text.startsWith("entry:")) {
                ListEntry entry = mongo.findById(text.substring(6), ListEntry.class, MongoEntries.COLLECTION);
                if (entry != null) {
                    apply(slots, entry.subjectKey(), entry.id(), entry.status().inForce() ? entry.toActive() : null);
                }
            } else if (text.startsWith("penalty:")) {
                String id = text.substring(8);
                if (!penaltyIds.contains(id)) {
                    Document penalty = mongo.findById(id, Document.class, PUBLICATIONS);
                    if (penalty != null && "PENALTY".equals(penalty.getString("kind"))
                            && penalty.getString("subjectKey") != null && penaltyIds.add(id)) {
                        addPenalty(slots, penalty.getString("subjectKey"),
                                LocalDate.parse(String.valueOf(penalty.get("decisionDate"))).toEpochDay());
                    }
                }
            }
        } catch (RuntimeException e) {
            log.warn("Index message {} not applied: {}", text, e.toString());
        }
    }
}
