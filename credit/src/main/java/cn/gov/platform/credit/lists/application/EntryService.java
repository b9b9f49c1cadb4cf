package cn.gov.platform.credit.lists.application;

import cn.gov.platform.credit.common.domain.Actor;
import cn.gov.platform.credit.lists.domain.ActiveEntry;
import cn.gov.platform.credit.lists.domain.Entries;
import cn.gov.platform.credit.lists.domain.EntryData;
import cn.gov.platform.credit.lists.domain.ListEntry;
import cn.gov.platform.credit.measures.domain.ListType;
import cn.gov.platform.credit.measures.domain.MeasureCatalogue;
import cn.gov.platform.credit.subjects.domain.SubjectKey;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import cn.gov.platform.kernel.DomainViolation;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Listing and lifting entries by the issuing department, and reading them. */
public class EntryService {

    private final Entries entries;
    private final EntriesInForce index;
    private final MeasureCatalogue catalogue;
    private final Clock clock;
    private final MeterRegistry meters;

    public EntryService(Entries entries, EntriesInForce index, MeasureCatalogue catalogue, Clock clock,
            MeterRegistry meters) {
        this.entries = entries;
        this.index = index;
        this.catalogue = catalogue;
        this.clock = clock;
        this.meters = meters;
    }

    /** The outcome of a listing: the entry and whether it is new (false: the same natural key was already listed). */
    public record Listed(ListEntry entry, boolean created) {
    }

    public Listed list(Actor actor, EntryData data) {
        if (!actor.actsFor(data.issuingDepartment())) {
            throw DomainViolation.rule("NOT_ISSUING_DEPARTMENT", "只能以本部门名义列入名单。",
                    "You can list subjects only for your own department.", "issuingDepartment");
        }
        validateListType(data);
        Instant now = clock.instant();
        Optional<ListEntry> existing = entries.byId(data.entryId());
        if (existing.isPresent()) {
            return sameOrConflict(existing.get(), data);
        }
        ListEntry entry = ListEntry.list(data, "ADMIN", actor.subject(), now, true);
        if (!entries.add(entry)) {
            return sameOrConflict(entries.byId(data.entryId()).orElseThrow(), data);
        }
        index.changed(entry);
        meters.counter("credit.entries.listed", "list", data.list().name()).increment();
        return new Listed(entry, true);
    }

    public void validateListType(EntryData data) {
        ListType type = catalogue.listType(data.listType()).filter(t -> !t.code().startsWith("CREDIT_CLASS_"))
                .orElseThrow(() -> DomainViolation.invalid("listType", "UNKNOWN_LIST_TYPE",
                        "未知的名单类型：" + data.listType() + "。", "Unknown list type " + data.listType() + "."));
        if (type.colour() != data.list()) {
            throw DomainViolation.invalid("list", "LIST_COLOUR_MISMATCH",
                    "名单类型 " + type.nameZh() + " 属于 " + type.colour() + "。",
                    "List type " + type.nameEn() + " belongs to the " + type.colour() + " list.");
        }
    }

    private Listed sameOrConflict(ListEntry stored, EntryData data) {
        if (stored.subjectKey().equals(data.subjectKey().value()) && stored.listType().equals(data.listType())
                && stored.start().equals(data.start())) {
            return new Listed(stored, false);
        }
        throw DomainViolation.conflict("DOCUMENT_NUMBER_USED", "本部门已用该文书号列入了另一条记录。",
                "Your department already used this document number for another entry.");
    }

    /** The department corrects its own listing (or a court set it aside): the entry stops applying at once. */
    public ListEntry withdraw(Actor actor, String entryId, String reason) {
        ListEntry entry = visibleToDepartment(actor, entryId);
        ListEntry next = entry.withdrawn(actor.subject(), reason, null, clock.instant());
        save(entry, next);
        return next;
    }

    public ListEntry visibleToDepartment(Actor actor, String entryId) {
        return entries.byId(entryId).filter(e -> actor.actsFor(e.issuingDepartment())).orElseThrow(EntryService::notFound);
    }

    public Optional<ListEntry> byId(String entryId) {
        return entries.byId(entryId);
    }

    /** Saves the next version and updates the index everywhere; a concurrent change is a 409. */
    public void save(ListEntry previous, ListEntry next) {
        if (!entries.replace(previous, next)) {
            throw DomainViolation.conflict("ENTRY_CHANGED", "该记录刚被他人修改，请刷新后重试。",
                    "The entry was changed meanwhile; reload and try again.");
        }
        index.changed(next);
    }

    /** Public query: an enterprise's entries in force, by credit code (enterprises are published in full). */
    public List<ListEntry> publicEntriesOf(UnifiedSocialCreditCode code) {
        long today = today();
        return index.of(SubjectKey.legalPerson(code).value()).stream()
                .filter(a -> a.appliesOn(today))
                .map(ActiveEntry::entryId)
                .map(entries::byId)
                .flatMap(Optional::stream)
                .toList();
    }

    /** A subject's own entries in force. */
    public List<ListEntry> entriesInForceOf(SubjectKey key) {
        long today = today();
        return index.of(key.value()).stream().filter(a -> a.appliesOn(today)).map(ActiveEntry::entryId)
                .map(entries::byId).flatMap(Optional::stream).toList();
    }

    private long today() {
        return ChinaTime.today(clock).toEpochDay();
    }

    public static DomainViolation notFound() {
        return DomainViolation.notFound("ENTRY_NOT_FOUND", "未找到该名单记录。", "No such list entry.");
    }
}
