package cn.gov.platform.certificates.registry.infrastructure;

import cn.gov.platform.certificates.registry.domain.Certificate;
import cn.gov.platform.certificates.registry.domain.CertificateNumber;
import cn.gov.platform.certificates.registry.domain.CertificateStatus;
import cn.gov.platform.certificates.registry.domain.Certificates;
import cn.gov.platform.certificates.registry.domain.Holder;
import cn.gov.platform.certificates.registry.domain.QrToken;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.certificates.registry.domain.StatusRecord;
import cn.gov.platform.certificates.signing.domain.Signature;
import cn.gov.platform.certificates.signing.domain.SignatureAlgorithm;
import cn.gov.platform.events.certificates.CertificateEvent;
import cn.gov.platform.support.events.OutboxHints;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One document per certificate, keyed by its number, with the outbox inside it so the state
 * change and its events are one write. Signed data is stored as strings, exactly as signed:
 * nothing the store or a mapper does can alter a signed byte without it showing as tampering.
 */
public final class MongoCertificates implements Certificates {

    static final String COLLECTION = "certificates";
    private final MongoTemplate mongo;
    private final OutboxHints hints;

    public MongoCertificates(MongoTemplate mongo, OutboxHints hints) {
        this.mongo = mongo;
        this.hints = hints;
        mongo.indexOps(COLLECTION).createIndex(new Index("caseNumber", Sort.Direction.ASC).unique().named("one_per_case"));
        mongo.indexOps(COLLECTION).createIndex(new Index("holderSubject", Sort.Direction.ASC).named("by_holder"));
        mongo.indexOps(COLLECTION).createIndex(new Index("status", Sort.Direction.ASC).named("by_status"));
        // An enterprise's wallet, which its members open (issue 18, point 1); null for persons.
        mongo.indexOps(COLLECTION).createIndex(new Index("holder.creditCode", Sort.Direction.ASC).named("by_enterprise"));
        // Legacy certificates waiting for their holder's account (issue 18, point 3); null once taken.
        mongo.indexOps(COLLECTION).createIndex(new Index("awaitingKey", Sort.Direction.ASC).named("by_awaiting_key"));
        // Saves are a compare-and-set on (_id, version): MongoDB answers it from the _id index, the
        // embedded store only from an index whose keys equal the query's (else a full scan per save).
        mongo.indexOps(COLLECTION).createIndex(new Index().on("_id", Sort.Direction.ASC)
                .on("version", Sort.Direction.ASC).unique().named("id_version"));
    }

    @Override
    public Optional<Certificate> find(CertificateNumber number) {
        Document stored = mongo.findById(number.value(), Document.class, COLLECTION);
        if (stored == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(stored));
        } catch (RuntimeException e) {
            throw new Unreadable(number.value(), e);
        }
    }

    @Override
    public Optional<Certificate> findByCase(String caseNumber) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("caseNumber").is(caseNumber)),
                Document.class, COLLECTION)).map(MongoCertificates::read);
    }

    @Override
    public List<Certificate> heldBy(String holderSubject) {
        Query query = Query.query(Criteria.where("holderSubject").is(holderSubject)).with(Sort.by("issuedAt").descending());
        return mongo.find(query, Document.class, COLLECTION).stream().flatMap(MongoCertificates::readable).toList();
    }

    @Override
    public List<Certificate> heldByEnterprise(String creditCode) {
        Query query = Query.query(Criteria.where("holder.creditCode").is(creditCode).and("holder.kind")
                .is(Holder.Kind.ENTERPRISE.code())).with(Sort.by("issuedAt").descending());
        return mongo.find(query, Document.class, COLLECTION).stream().flatMap(MongoCertificates::readable).toList();
    }

    @Override
    public boolean anyAwaiting() {
        Query query = Query.query(Criteria.where("awaitingKey").ne(null));
        query.fields().include("_id");
        return mongo.exists(query, COLLECTION);
    }

    @Override
    public List<Certificate> awaiting(java.util.Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Query query = Query.query(Criteria.where("awaitingKey").in(keys)).with(Sort.by("_id"));
        return mongo.find(query, Document.class, COLLECTION).stream().flatMap(MongoCertificates::readable).toList();
    }

    @Override
    public long highestSerial(String prefix, int year) {
        // The number is the id: an anchored prefix of plain characters (a type prefix is capital letters,
        // the year digits) reads the id index only, and the serial is the id's last part.
        Query query = Query.query(Criteria.where("_id").regex("^" + prefix + "-" + year + "-"));
        query.fields().include("_id");
        long highest = 0;
        for (Document d : mongo.find(query, Document.class, COLLECTION)) {
            String id = d.getString("_id");
            highest = Math.max(highest, Long.parseLong(id.substring(id.lastIndexOf('-') + 1)));
        }
        return highest;
    }

    @Override
    public Map<String, CertificateStatus> notActive() {
        // Read from the status alone: a revoked certificate whose data was tampered with stays listed.
        Query query = Query.query(Criteria.where("status").in("SUSPENDED", "REVOKED")).with(Sort.by("_id"));
        query.fields().include("_id", "status");
        Map<String, CertificateStatus> statuses = new java.util.TreeMap<>();
        mongo.find(query, Document.class, COLLECTION)
                .forEach(d -> statuses.put(d.getString("_id"), CertificateStatus.valueOf(d.getString("status"))));
        return statuses;
    }

    @Override
    public void add(Certificate certificate) {
        try {
            mongo.insert(write(certificate, 1), COLLECTION);
            hints.pending(certificate.number().value());
        } catch (DuplicateKeyException e) {
            // The message names the index that refused; the case index wins if both could.
            if (String.valueOf(e.getMessage()).contains("caseNumber") || findByCase(certificate.caseNumber()).isPresent()) {
                throw new DuplicateCase(certificate.caseNumber());
            }
            throw new DuplicateNumber(certificate.number().value());
        }
    }

    @Override
    public void update(Certificate certificate) {
        Query sameVersion = Query.query(Criteria.where("_id").is(certificate.number().value())
                .and("version").is(certificate.version()));
        Document replacement = write(certificate, certificate.version() + 1);
        if (mongo.findAndReplace(sameVersion, replacement, COLLECTION) == null) {
            throw DomainViolation.conflict("CONCURRENT_CHANGE",
                    "证照刚被他人修改，请刷新后重试。", "The certificate was just changed by someone else; reload and try again.");
        }
        hints.pending(certificate.number().value());
    }

    // A list skips a document that no longer reads; verifying its number says "tampered".
    private static java.util.stream.Stream<Certificate> readable(Document d) {
        try {
            return java.util.stream.Stream.of(read(d));
        } catch (RuntimeException e) {
            return java.util.stream.Stream.empty();
        }
    }

    static Document write(Certificate c, long version) {
        Holder h = c.holder();
        Document holder = new Document("subject", h.subject()).append("kind", h.kind().code())
                .append("displayName", h.displayName()).append("idHash", h.idHash()).append("creditCode", h.creditCode());
        return new Document("_id", c.number().value())
                .append("caseNumber", c.caseNumber())
                .append("typeCode", c.typeCode())
                .append("holderSubject", h.subject())
                .append("awaitingKey", h.awaitingKey())
                .append("holder", holder)
                .append("issuingDepartment", c.issuingDepartment())
                .append("issuingDivision", c.issuingDivision())
                .append("fields", new Document(new LinkedHashMap<>(c.fields())))
                .append("validFrom", c.validFrom().toString())
                .append("validUntil", c.validUntil() == null ? null : c.validUntil().toString())
                .append("issuedAt", c.issuedAt().toString())
                .append("signature", new Document("keyId", c.signature().keyId())
                        .append("algorithm", c.signature().algorithm().name()).append("value", c.signature().base64()))
                .append("qr", c.qr().encode())
                .append("status", c.status().name())
                .append("history", c.history().stream().map(r -> new Document("change", r.change().name())
                        .append("to", r.to().name()).append("reason", r.reason()).append("actor", r.actor())
                        .append("at", r.at().toString())).toList())
                .append("outbox", c.outbox().stream().map(MongoCertificates::event).toList())
                .append("version", version);
    }

    /** An event as the outbox keeps it until relayed (the stream's fields, {@code occurredAt} as ISO text). */
    static Document event(CertificateEvent e) {
        return new Document("eventId", e.eventId()).append("type", e.type()).append("number", e.number())
                .append("typeCode", e.typeCode()).append("holderSubject", e.holderSubject())
                .append("occurredAt", e.occurredAt().toString()).append("reason", e.reason());
    }

    /**
     * Reads what is stored, as stored. A document edited outside the service may no longer fit
     * the domain's rules (an invalid credit code, a missing date); it is then read leniently
     * where possible so verification can answer "tampered" instead of failing.
     */
    static Certificate read(Document d) {
        Document h = d.get("holder", Document.class);
        Document s = d.get("signature", Document.class);
        Document f = d.get("fields", Document.class);
        Map<String, String> fields = new LinkedHashMap<>();
        if (f != null) {
            f.forEach((k, v) -> fields.put(k, String.valueOf(v)));
        }
        return Certificate.restore(new CertificateNumber(d.getString("_id")), d.getString("caseNumber"),
                d.getString("typeCode"), holder(h), d.getString("issuingDepartment"), d.getString("issuingDivision"),
                fields, LocalDate.parse(d.getString("validFrom")), date(d.getString("validUntil")),
                Instant.parse(d.getString("issuedAt")),
                new Signature(s.getString("keyId"), SignatureAlgorithm.valueOf(s.getString("algorithm")),
                        Base64.getUrlDecoder().decode(s.getString("value"))),
                QrToken.parse(d.getString("qr")), CertificateStatus.valueOf(d.getString("status")),
                d.getList("history", Document.class, List.of()).stream().map(r -> new StatusRecord(
                        CertificateStatus.Change.valueOf(r.getString("change")), CertificateStatus.valueOf(r.getString("to")),
                        r.getString("reason"), r.getString("actor"), Instant.parse(r.getString("at")))).toList(),
                d.getList("outbox", Document.class, List.of()).stream().map(MongoCertificates::event).toList(),
                d.get("version", Number.class).longValue());
    }

    static CertificateEvent event(Document e) {
        return new CertificateEvent(e.getString("eventId"), CertificateEvent.Type.valueOf(e.getString("type")),
                e.getString("number"), e.getString("typeCode"), e.getString("holderSubject"),
                Instant.parse(e.getString("occurredAt")), e.getString("reason"));
    }

    private static Holder holder(Document h) {
        Holder.Kind kind = Holder.Kind.of(h.getString("kind"));
        return new Holder(h.getString("subject"), kind, h.getString("displayName"), h.getString("idHash"),
                h.getString("creditCode"));
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
