package cn.gov.platform.certificates.registry.infrastructure;

import cn.gov.platform.events.certificates.CertificateEvent;
import cn.gov.platform.events.certificates.CertificateEvents;
import cn.gov.platform.support.events.OutboxEntry;
import cn.gov.platform.support.events.OutboxStore;
import cn.gov.platform.support.events.PendingOutbox;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The relay's view of the certificates' outboxes: each certificate document keeps the events not
 * yet relayed, and a relayed event is removed from it by its id (events recorded meanwhile stay).
 * Hints name a certificate by its number.
 */
public final class CertificatesOutbox implements OutboxStore {

    private final MongoTemplate mongo;

    public CertificatesOutbox(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<PendingOutbox> pending(Collection<String> numbers) {
        List<PendingOutbox> found = new ArrayList<>();
        for (String number : Set.copyOf(numbers)) {
            Query byNumber = Query.query(Criteria.where("_id").is(number));
            byNumber.fields().include("_id", "outbox");
            Document d = mongo.findOne(byNumber, Document.class, MongoCertificates.COLLECTION);
            if (d != null && !d.getList("outbox", Document.class, List.of()).isEmpty()) {
                found.add(pendingOf(d));
            }
        }
        return found;
    }

    @Override
    public List<PendingOutbox> sweep(int limit) {
        Query withEvents = Query.query(Criteria.where("outbox.0").exists(true)).limit(limit);
        withEvents.fields().include("_id", "outbox");
        return mongo.find(withEvents, Document.class, MongoCertificates.COLLECTION).stream()
                .map(CertificatesOutbox::pendingOf).toList();
    }

    private static PendingOutbox pendingOf(Document d) {
        List<OutboxEntry> events = d.getList("outbox", Document.class, List.of()).stream().map(stored -> {
            CertificateEvent e = MongoCertificates.event(stored);
            return new OutboxEntry(e.eventId(), e.type(), CertificateEvents.CONTRACT.encode(e));
        }).toList();
        return new PendingOutbox(d.getString("_id"), d.getString("_id"), events);
    }

    @Override
    public void markRelayed(PendingOutbox outbox, List<String> eventIds) {
        for (String eventId : eventIds) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(outbox.key())),
                    new Update().pull("outbox", new Document("eventId", eventId)), MongoCertificates.COLLECTION);
        }
    }
}
