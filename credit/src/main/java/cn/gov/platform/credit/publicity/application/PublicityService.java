package cn.gov.platform.credit.publicity.application;

import cn.gov.platform.credit.calendar.application.Deadlines;
import cn.gov.platform.credit.common.domain.Actor;
import cn.gov.platform.credit.lists.application.EntriesInForce;
import cn.gov.platform.credit.lists.domain.NaturalKeys;
import cn.gov.platform.credit.publicity.domain.Publication;
import cn.gov.platform.credit.publicity.domain.Publications;
import cn.gov.platform.credit.subjects.application.CreditSubjects;
import cn.gov.platform.credit.subjects.domain.CreditSubject;
import cn.gov.platform.credit.subjects.domain.SubjectKey;
import cn.gov.platform.credit.subjects.domain.SubjectKind;
import cn.gov.platform.events.intake.About;
import cn.gov.platform.events.intake.IntakeEvent;
import cn.gov.platform.events.intake.IntakePayload;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Double publicity: permit decisions arrive from intake's stream, penalties from departments;
 * each is published as soon as the subject's public name is known (identity, through the
 * credit-subject lookup), and in any case is due within the configured working days. No decision
 * is taken in before the official calendar was read once ({@code CALENDAR_UNAVAILABLE}: the penalty
 * request answers 503, the stream entry stays pending and is read again).
 */
public class PublicityService {

    private static final Logger log = LoggerFactory.getLogger(PublicityService.class);
    private static final int ATTEMPTS = 3;
    private final Publications publications;
    private final CreditSubjects subjects;
    private final EntriesInForce index;
    private final Deadlines deadlines;
    private final int publicityDays;
    private final Clock clock;
    private final MeterRegistry meters;

    public PublicityService(Publications publications, CreditSubjects subjects, EntriesInForce index,
            Deadlines deadlines, int publicityDays, Clock clock, MeterRegistry meters) {
        this.publications = publications;
        this.subjects = subjects;
        this.index = index;
        this.deadlines = deadlines;
        this.publicityDays = publicityDays;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * A permit decision from intake ({@code CaseApproved} / {@code CaseRejected}, read through the
     * stream's contract); a repeat of the same case is ignored. Refused with {@code CalendarUnavailable}
     * (nothing stored) before the official calendar was read: the consumer leaves the entry pending.
     * An event without the case, applicant, item or department is refused as malformed.
     */
    public boolean permitDecided(IntakeEvent event, IntakePayload.CaseDecision decision) {
        About about = event.about();
        String caseId = require(about.caseId(), "caseId");
        LocalDate decided = ChinaTime.dateOf(event.occurredAt());
        String applicant = require(about.applicantSubject(), "applicantSubject");
        String itemCode = require(about.itemCode(), "itemCode");
        String department = require(about.department(), "department");
        WorkingDayCalendar.Due due = deadlines.due(decided, publicityDays);
        // Intake's events carry the item's code, not its name: the publication names the item by its code.
        Publication publication = new Publication("PERMIT-" + caseId, Publication.Kind.PERMIT, event.eventId(),
                applicant, null, null, null, itemCode, itemCode, about.caseNumber(),
                decision instanceof IntakePayload.CaseApproved ? "APPROVED" : "REJECTED", decision.reasons(),
                decision.legalBasis(), department, about.division(), null, decided, due.date(), List.of(),
                Publication.State.PENDING, null, 0, clock.instant(), 0);
        if (!publications.add(publication)) {
            return false;
        }
        meters.counter("credit.publicity.received", "kind", "PERMIT").increment();
        tryPublish(publication);
        return true;
    }

    /** Publishes what can be published now; a subject identity cannot resolve yet stays pending (and becomes overdue). */
    public void tryPublish(Publication p) {
        if (p.state() == Publication.State.PUBLISHED || p.applicantSubject() == null) {
            return;
        }
        Optional<CreditSubject> subject;
        try {
            subject = subjects.resolve(p.applicantSubject());
        } catch (RuntimeException e) {
            log.warn("Publication {} waits: the applicant cannot be resolved now ({})", p.id(), e.getClass().getSimpleName());
            publications.replace(p, p.attemptFailed());
            return;
        }
        Publication current = p;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Publication published = published(current, subject);
            if (publications.replace(current, published)) {
                meters.counter("credit.publicity.published", "kind", p.kind().name(), "overdue",
                        String.valueOf(published.overdueOn(today()))).increment();
                return;
            }
            // Its due date was recomputed meanwhile, or another instance published it: look again.
            Optional<Publication> stored = publications.byId(p.id());
            if (stored.isEmpty() || stored.get().state() == Publication.State.PUBLISHED) {
                return;
            }
            current = stored.get();
        }
    }

    private Publication published(Publication p, Optional<CreditSubject> subject) {
        String applicant = p.applicantSubject() == null ? "" : p.applicantSubject();
        return subject
                .map(s -> p.published(s.key().value(), s.publicName(),
                        s.key().kind() == SubjectKind.LEGAL_PERSON ? s.key().creditCode() : null, clock.instant()))
                // Identity holds no record: publish under a masked reference to the account, never the account id itself.
                .orElseGet(() -> p.published(null, "申请人 " + applicant.substring(0, Math.min(4, applicant.length()))
                        + "****", null, clock.instant()));
    }

    public int publishPending() {
        List<Publication> pending = publications.pending(200);
        pending.forEach(this::tryPublish);
        return pending.size();
    }

    /** A penalty decision to publish (and to count for the enterprise's class); idempotent by department and document number. */
    public record PenaltyInput(SubjectKey subjectKey, String publicName, String department, String documentNumber,
            String violation, String content, String legalBasis, LocalDate decisionDate) {
    }

    public record Recorded(Publication publication, boolean created) {
    }

    public Recorded recordPenalty(Actor actor, PenaltyInput in) {
        if (!actor.actsFor(in.department())) {
            throw DomainViolation.rule("NOT_ISSUING_DEPARTMENT", "只能以本部门名义录入行政处罚。",
                    "You can record penalties only for your own department.", "department");
        }
        return addPenalty(in);
    }

    public Recorded addPenalty(PenaltyInput in) {
        if (in.decisionDate().isAfter(today())) {
            throw DomainViolation.invalid("decisionDate", "DECISION_IN_FUTURE", "处罚决定日期不能晚于今天。",
                    "The decision date cannot be in the future.");
        }
        WorkingDayCalendar.Due due = deadlines.due(in.decisionDate(), publicityDays);
        String id = "PENALTY-" + NaturalKeys.digest(in.department() + "\u0000" + in.documentNumber());
        Publication p = new Publication(id, Publication.Kind.PENALTY, null, null, in.subjectKey().value(),
                in.publicName(), in.subjectKey().kind() == SubjectKind.LEGAL_PERSON ? in.subjectKey().creditCode() : null,
                null, null, null, "PENALTY", in.violation() + "；" + in.content(), in.legalBasis(), in.department(), null,
                in.documentNumber(), in.decisionDate(), due.date(), List.of(), Publication.State.PUBLISHED,
                clock.instant(), 1, clock.instant(), 0);
        if (!publications.add(p)) {
            Publication stored = publications.byId(id).orElseThrow();
            if (!stored.subjectKey().equals(p.subjectKey()) || !stored.decisionDate().equals(p.decisionDate())) {
                throw DomainViolation.conflict("DOCUMENT_NUMBER_USED", "本部门已用该文书号录入了另一项处罚。",
                        "Your department already used this document number for another penalty.");
            }
            return new Recorded(stored, false);
        }
        if (in.subjectKey().kind() == SubjectKind.LEGAL_PERSON) {
            index.penaltyRecorded(id, in.subjectKey().value(), in.decisionDate().toEpochDay());
        }
        meters.counter("credit.publicity.received", "kind", "PENALTY").increment();
        return new Recorded(p, true);
    }

    public List<Publication> published(Publication.Kind kind, int page) {
        return publications.published(kind, page, 50);
    }

    public List<Publication> overdue(Actor actor) {
        if (!actor.isSupervisor()) {
            throw DomainViolation.notFound("NOT_FOUND", "未找到。", "Not found.");
        }
        return publications.overdue(today(), 500).stream().filter(p -> actor.supervises(p.division())).toList();
    }

    /**
     * Publications still waiting (staff dates that follow the calendar): every department's for
     * supervisors and admins, their own department's for its staff; anyone else: not found.
     */
    public List<Publication> pendingFor(Actor actor) {
        if (actor.isSupervisor()) {
            return publications.pendingOf(null, 500).stream().filter(p -> actor.supervises(p.division())).toList();
        }
        if (actor.isDepartmentStaff() && actor.department() != null) {
            return publications.pendingOf(actor.department(), 500);
        }
        throw DomainViolation.notFound("NOT_FOUND", "未找到。", "Not found.");
    }

    /** Whether a publication's due date rests on a provisional calendar year (now: it flips when the year is published). */
    public boolean isProvisional(Publication p) {
        return deadlines.isProvisional(p.decisionDate(), p.dueBy());
    }

    public LocalDate today() {
        return ChinaTime.today(clock);
    }

    private static String require(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("event without " + field);
        }
        return value;
    }

}
