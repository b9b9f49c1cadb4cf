package cn.gov.platform.intake.complaints.application;

import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import cn.gov.platform.intake.cases.application.CaseQueries;
import cn.gov.platform.intake.cases.domain.CaseRecord;
import cn.gov.platform.intake.catalogue.application.CatalogueService;
import cn.gov.platform.intake.catalogue.domain.Implementation;
import cn.gov.platform.intake.complaints.domain.Complaint;
import cn.gov.platform.intake.complaints.domain.ComplaintSnapshot;
import cn.gov.platform.intake.supervision.application.Supervisors;
import cn.gov.platform.intake.supervision.domain.Light;
import cn.gov.platform.intake.supervision.domain.LightPolicy;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.support.web.Caller;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Complaints about efficiency (效能投诉). Anyone logged in may complain about a case they can see
 * (their own, as applicant or filing agent; its department is the one complained about) or about
 * a department of the catalogue at a division. The department's staff or a supervisor of the
 * division answer within 10 working days; once, with a reason, the deadline may be extended to 30
 * calendar days from filing. Nobody else learns that a complaint exists (404).
 */
public class ComplaintService {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    private final ComplaintStore complaints;
    private final CaseQueries cases;
    private final CatalogueService catalogue;
    private final Supervisors people;
    private final WorkingDayCalendar calendar;
    private final LightPolicy lights;
    private final Clock clock;
    private final MeterRegistry meters;

    public ComplaintService(ComplaintStore complaints, CaseQueries cases, CatalogueService catalogue, Supervisors people,
            WorkingDayCalendar calendar, LightPolicy lights, Clock clock, MeterRegistry meters) {
        this.lights = lights;
        this.complaints = complaints;
        this.cases = cases;
        this.catalogue = catalogue;
        this.people = people;
        this.calendar = calendar;
        this.clock = clock;
        this.meters = meters;
    }

    /** What a complaint is about: a case id, or a department at a division. */
    public record Filing(@Nullable String caseId, @Nullable String department, @Nullable String division, String text) {
    }

    public record Filed(ComplaintSnapshot complaint, boolean created) {
    }

    public Filed file(Caller caller, Filing filing, @Nullable String idempotencyKey) {
        if (idempotencyKey == null || !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw DomainViolation.invalid("Idempotency-Key", "IDEMPOTENCY_KEY_REQUIRED",
                    "请在请求头 Idempotency-Key 中提供 8 至 128 位的唯一标识。",
                    "Send a unique Idempotency-Key header of 8 to 128 characters.");
        }
        String id = UUID.nameUUIDFromBytes(("complaint\n" + caller.subject() + "\n" + idempotencyKey)
                .getBytes(StandardCharsets.UTF_8)).toString();
        String fingerprint = sha256(filing.caseId() + "\n" + filing.department() + "\n" + filing.division() + "\n"
                + filing.text());
        var earlier = complaints.find(id);
        if (earlier.isPresent()) {
            return retried(earlier.get(), fingerprint);
        }
        Complaint.Target target = targetOf(caller, filing);
        Instant at = clock.instant();
        LocalDate today = ChinaTime.dateOf(at);
        Complaint complaint = Complaint.file(id, caller.subject(), fingerprint, target, filing.text(), at, today,
                calendar.plusWorkingDays(today, Complaint.ANSWER_DAYS));
        if (!complaints.insert(complaint)) {
            return retried(complaints.find(id).orElseThrow(), fingerprint);
        }
        meters.counter("intake.complaints.filed").increment();
        return new Filed(complaint.snapshot(), true);
    }

    private static Filed retried(ComplaintSnapshot earlier, String fingerprint) {
        if (!earlier.fingerprint().equals(fingerprint)) {
            throw DomainViolation.rule("IDEMPOTENCY_KEY_REUSED", "该 Idempotency-Key 已用于另一项投诉。",
                    "This Idempotency-Key was used for a different complaint.", "Idempotency-Key");
        }
        return new Filed(earlier, false);
    }

    private Complaint.Target targetOf(Caller caller, Filing f) {
        if (f.caseId() != null) {
            if (f.department() != null) {
                throw DomainViolation.invalid("department", "ONE_TARGET", "投诉对象只能是一个办件或一个部门。",
                        "Complain about a case or a department, not both.");
            }
            CaseRecord c = cases.ofApplicantSide(f.caseId(), caller.subject()).orElseThrow(() -> DomainViolation
                    .notFound("CASE_NOT_FOUND", "办件不存在。", "There is no such case."));
            // The department complained about is the one acting on the case now (the higher one for 上报件).
            return new Complaint.Target(c.id(), c.reference(), c.itemCode(), c.actingDivision(), c.actingDepartment(),
                    c.actingDepartmentName());
        }
        if (f.department() == null || f.division() == null) {
            throw DomainViolation.invalid("caseId", "TARGET_REQUIRED", "请指明投诉的办件，或部门及其所在行政区划。",
                    "Name the case complained about, or the department and its division.");
        }
        Implementation where = catalogue.place(f.department(), f.division());
        return new Complaint.Target(null, null, null, f.division(), where.department(), where.departmentName());
    }

    /** The complaint: for its complainant, the department's staff and supervisors of the division. */
    public ComplaintSnapshot view(Caller caller, String id) {
        ComplaintSnapshot c = complaints.find(id).orElseThrow(ComplaintService::notFound);
        if (!caller.subject().equals(c.complainantSubject()) && !mayAnswer(caller, c)) {
            throw notFound();
        }
        return c;
    }

    public ComplaintSnapshot extend(Caller caller, String id, String reason, LocalDate newDue) {
        return change(caller, id, c -> c.extend(caller.username(), reason, newDue, clock.instant()));
    }

    public ComplaintSnapshot answer(Caller caller, String id, String text) {
        return change(caller, id, c -> {
            Instant at = clock.instant();
            c.answer(caller.username(), text, at, ChinaTime.dateOf(at));
        });
    }

    private ComplaintSnapshot change(Caller caller, String id, Consumer<Complaint> mutation) {
        for (int attempt = 0; attempt < 3; attempt++) {
            ComplaintSnapshot s = complaints.find(id).orElseThrow(ComplaintService::notFound);
            if (!mayAnswer(caller, s)) {
                throw notFound();
            }
            Complaint c = Complaint.restore(s);
            mutation.accept(c);
            if (complaints.save(c)) {
                return complaints.find(id).orElseThrow();
            }
        }
        throw DomainViolation.conflict("CONCURRENT_CHANGE", "投诉刚被他人处理，请刷新后重试。",
                "The complaint was changed meanwhile; reload and try again.");
    }

    private boolean mayAnswer(Caller caller, ComplaintSnapshot c) {
        return people.isStaffOf(caller, c.division(), c.department()) || people.supervises(caller, c.division());
    }

    /** The supervision light of an unanswered complaint today; null once answered. */
    public @Nullable Light lightOf(ComplaintSnapshot c) {
        return c.state().isOpen() ? lights.light(c.dueOn(), ChinaTime.today(clock)) : null;
    }

    public List<ComplaintSnapshot> mine(Caller caller) {
        return complaints.ofComplainant(caller.subject(), 200);
    }

    /** Staff: complaints against their own department. */
    public List<ComplaintSnapshot> againstMyDepartment(Caller caller) {
        if (caller.division() == null || caller.department() == null
                || !people.isStaffOf(caller, caller.division(), caller.department())) {
            return List.of();
        }
        return complaints.against(caller.division(), caller.department(), 200);
    }

    static DomainViolation notFound() {
        return DomainViolation.notFound("COMPLAINT_NOT_FOUND", "投诉不存在。", "There is no such complaint.");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
