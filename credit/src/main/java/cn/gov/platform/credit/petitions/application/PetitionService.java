package cn.gov.platform.credit.petitions.application;

import cn.gov.platform.credit.calendar.application.Deadlines;
import cn.gov.platform.credit.common.domain.Actor;
import cn.gov.platform.credit.lists.application.EntryService;
import cn.gov.platform.credit.lists.domain.ListEntry;
import cn.gov.platform.credit.lists.domain.NaturalKeys;
import cn.gov.platform.credit.petitions.domain.Petition;
import cn.gov.platform.credit.petitions.domain.PetitionKind;
import cn.gov.platform.credit.petitions.domain.Petitions;
import cn.gov.platform.credit.subjects.domain.SubjectKey;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Objections and repairs (CRE-3). Only the listed subject may file (anyone else: the entry does
 * not exist for them); only the issuing department decides. An upheld objection withdraws the
 * entry, an approved repair marks it repaired: either way it stops applying at once, here and on
 * every instance (the index is updated before the answer). The answer date is counted in working
 * days from the filing; before the official calendar was read it cannot be, and the filing is
 * refused with nothing stored ({@code CALENDAR_UNAVAILABLE}, to be retried with the same key).
 */
public class PetitionService {

    private final Petitions petitions;
    private final EntryService entries;
    private final Deadlines deadlines;
    private final int objectionDays;
    private final int repairDays;
    private final Clock clock;

    public PetitionService(Petitions petitions, EntryService entries, Deadlines deadlines, int objectionDays, int repairDays, Clock clock) {
        this.petitions = petitions;
        this.entries = entries;
        this.deadlines = deadlines;
        this.objectionDays = objectionDays;
        this.repairDays = repairDays;
        this.clock = clock;
    }

    /** The petition and whether this call filed it (false: a retry with the same Idempotency-Key). */
    public record Filed(Petition petition, boolean created) {
    }

    /**
     * Files a petition about an entry of {@code subject} (the filer's own record, or the enterprise
     * they act for); the petition names the person who filed it.
     */
    public Filed file(String filer, SubjectKey subject, String idempotencyKey, PetitionKind kind, String entryId,
            String statement, List<String> evidence) {
        String id = "P" + NaturalKeys.digest(filer + "\u0000" + idempotencyKey);
        var existing = petitions.byId(id);
        if (existing.isPresent()) {
            return new Filed(existing.get(), false);
        }
        String key = subject.value();
        ListEntry entry = entries.byId(entryId).filter(e -> e.subjectKey().equals(key)).orElseThrow(EntryService::notFound);
        Instant now = clock.instant();
        LocalDate today = ChinaTime.dateOf(now);
        if (!entry.appliesOn(today) && !entry.statusOn(today).inForce()) {
            throw DomainViolation.conflict("ENTRY_NOT_IN_FORCE", "该记录已不再生效，无需申请。",
                    "The entry no longer applies; there is nothing to petition.");
        }
        if (!petitions.openFor(entryId).stream().filter(p -> p.kind() == kind).toList().isEmpty()) {
            throw DomainViolation.conflict("PETITION_OPEN", "该记录已有同类申请正在处理。",
                    "A petition of this kind about the entry is already open.");
        }
        int days = limitOf(kind);
        WorkingDayCalendar.Due due = deadlines.due(today, days);
        Petition petition = Petition.file(id, kind, entryId, entry.issuingDepartment(), filer, statement, evidence, now,
                due.date(), days);
        if (kind == PetitionKind.OBJECTION) {
            entries.save(entry, entry.objectionFiled(filer, now));
        }
        petitions.add(petition);
        return new Filed(petition, true);
    }

    public Petition decide(Actor actor, String petitionId, boolean upheld, String reasons) {
        Petition petition = petitions.byId(petitionId).filter(p -> actor.actsFor(p.issuingDepartment()))
                .orElseThrow(() -> DomainViolation.notFound("PETITION_NOT_FOUND", "未找到该申请。", "No such petition."));
        Instant now = clock.instant();
        Petition decided = petition.decide(upheld, actor.subject(), reasons, now);
        ListEntry entry = entries.byId(petition.entryId()).orElseThrow(EntryService::notFound);
        if (petition.kind() == PetitionKind.OBJECTION) {
            entries.save(entry, upheld ? entry.withdrawn(actor.subject(), "objection upheld: " + reasons, petition.filedBy(), now)
                    : entry.objectionRejected(actor.subject(), "objection rejected: " + reasons, petition.filedBy(), now));
        } else if (upheld) {
            entries.save(entry, entry.repaired(actor.subject(), "repair approved: " + reasons, petition.filedBy(), now));
        }
        if (!petitions.replace(petition, decided)) {
            // Its answer date may just have been recomputed (another instance, a new calendar year): the
            // decision stands on the petition as stored now, as long as nobody decided it meanwhile.
            Petition stored = petitions.byId(petitionId).filter(p -> p.state() == Petition.State.OPEN)
                    .orElseThrow(PetitionService::changed);
            decided = stored.decide(upheld, actor.subject(), reasons, now);
            if (!petitions.replace(stored, decided)) {
                throw changed();
            }
        }
        return decided;
    }

    private static DomainViolation changed() {
        return DomainViolation.conflict("PETITION_CHANGED", "该申请刚被他人处理，请刷新。", "The petition was changed meanwhile; reload.");
    }

    public Petition visibleTo(Actor actor, String petitionId) {
        return petitions.byId(petitionId)
                .filter(p -> actor.actsFor(p.issuingDepartment()) || p.filedBy().equals(actor.subject()))
                .orElseThrow(() -> DomainViolation.notFound("PETITION_NOT_FOUND", "未找到该申请。", "No such petition."));
    }

    public List<Petition> forDepartment(Actor actor) {
        if (actor.department() == null || !actor.isDepartmentStaff()) {
            return List.of();
        }
        return petitions.byDepartment(actor.department());
    }

    public List<Petition> mine(String filer) {
        return petitions.byFiler(filer);
    }

    /** Petitions about the entries in force of {@code subject} (an enterprise's, whoever of its members filed them). */
    public List<Petition> about(SubjectKey subject) {
        List<String> entryIds = entries.entriesInForceOf(subject).stream().map(ListEntry::id).toList();
        return entryIds.isEmpty() ? List.of() : petitions.aboutEntries(entryIds);
    }

    public LocalDate today() {
        return ChinaTime.today(clock);
    }

    /** Whether the petition's answer date rests on a provisional calendar year (now: it flips when the year is published). */
    public boolean isProvisional(Petition petition) {
        return deadlines.isProvisional(petition.filedOn(), petition.dueBy());
    }

    /** The configured limit in working days for a kind of petition. */
    int limitOf(PetitionKind kind) {
        return kind == PetitionKind.OBJECTION ? objectionDays : repairDays;
    }
}
