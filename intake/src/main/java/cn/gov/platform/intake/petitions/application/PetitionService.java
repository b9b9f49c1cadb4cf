package cn.gov.platform.intake.petitions.application;

import cn.gov.platform.intake.cases.application.CounterFilingService;
import cn.gov.platform.intake.cases.application.PersonRecords;
import cn.gov.platform.intake.catalogue.application.CatalogueService;
import cn.gov.platform.intake.catalogue.domain.Implementation;
import cn.gov.platform.intake.petitions.domain.Petition;
import cn.gov.platform.intake.petitions.domain.PetitionSnapshot;
import cn.gov.platform.intake.supervision.application.Supervisors;
import cn.gov.platform.intake.supervision.domain.Light;
import cn.gov.platform.intake.supervision.domain.LightPolicy;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import cn.gov.platform.support.web.Caller;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Petitions (信访, INT-6). A person files one online, addressed to a department of the catalogue at a
 * division; or the department's staff record one from a letter or a visit, for the person identified by
 * their resident ID number (their account if they have one, else an identity person record that becomes
 * theirs when they register and are verified, as counter filing does). The department's staff (or a
 * supervisor of the division) accept or refuse it in writing, extend the answer once with a reason and
 * answer it. The petitioner, the department's staff and the division's supervisors see it; anyone else
 * gets 404.
 */
public class PetitionService {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    private final PetitionStore petitions;
    private final CatalogueService catalogue;
    private final PersonRecords persons;
    private final Supervisors people;
    private final WorkingDayCalendar calendar;
    private final LightPolicy lights;
    private final Clock clock;
    private final MeterRegistry meters;

    public PetitionService(PetitionStore petitions, CatalogueService catalogue, PersonRecords persons,
            Supervisors people, WorkingDayCalendar calendar, LightPolicy lights, Clock clock, MeterRegistry meters) {
        this.petitions = petitions;
        this.catalogue = catalogue;
        this.persons = persons;
        this.people = people;
        this.calendar = calendar;
        this.lights = lights;
        this.clock = clock;
        this.meters = meters;
    }

    /** Filed online by the petitioner. */
    public record Filing(@Nullable String division, @Nullable String department, String text) {
    }

    /** Recorded by staff for the person who wrote or came in; the department is the member of staff's own. */
    public record Recording(String name, String idNumber, @Nullable String phone, String text) {
    }

    public record Received(PetitionSnapshot petition, boolean created) {
    }

    public Received file(Caller caller, Filing filing, @Nullable String idempotencyKey) {
        String id = idOf(caller, idempotencyKey);
        String fingerprint = sha256("online\n" + filing.division() + "\n" + filing.department() + "\n" + filing.text());
        var earlier = petitions.find(id);
        if (earlier.isPresent()) {
            return retried(earlier.get(), fingerprint);
        }
        Petition.Addressee to = addressee(filing.division(), filing.department());
        return receive(id, caller.subject(), fingerprint, null, to, filing.text());
    }

    public Received record(Caller caller, Recording recording, @Nullable String idempotencyKey) {
        if (caller.division() == null || caller.department() == null
                || !people.isStaffOf(caller, caller.division(), caller.department())) {
            throw DomainViolation.rule("STAFF_ONLY", "只有部门工作人员可以登记来信来访。",
                    "Only a department's staff record petitions received by letter or in person.", null);
        }
        String id = idOf(caller, idempotencyKey);
        String fingerprint = sha256("recorded\n" + recording.name() + "\n" + recording.idNumber() + "\n"
                + recording.phone() + "\n" + recording.text());
        var earlier = petitions.find(id);
        if (earlier.isPresent()) {
            return retried(earlier.get(), fingerprint);
        }
        CounterFilingService.checkPerson(recording.name(), recording.idNumber(), recording.phone(), clock.instant());
        Petition.Addressee to = addressee(caller.division(), caller.department());
        String petitioner = persons.atCounter(recording.name().trim(), recording.idNumber().trim(),
                recording.phone() == null || recording.phone().isBlank() ? null : recording.phone().trim(),
                caller.subject()).subject();
        return receive(id, petitioner, fingerprint, caller.username(), to, recording.text());
    }

    private Received receive(String id, String petitioner, String fingerprint, @Nullable String recordedBy,
            Petition.Addressee to, String text) {
        Instant at = clock.instant();
        Petition petition = Petition.receive(id, petitioner, fingerprint, recordedBy, to, text, calendar, at,
                ChinaTime.dateOf(at));
        if (!petitions.insert(petition)) {
            return retried(petitions.find(id).orElseThrow(), fingerprint);
        }
        meters.counter("intake.petitions.received", "channel", recordedBy == null ? "online" : "recorded").increment();
        return new Received(petition.snapshot(), true);
    }

    private static String idOf(Caller caller, @Nullable String idempotencyKey) {
        if (idempotencyKey == null || !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw DomainViolation.invalid("Idempotency-Key", "IDEMPOTENCY_KEY_REQUIRED",
                    "请在请求头 Idempotency-Key 中提供 8 至 128 位的唯一标识。",
                    "Send a unique Idempotency-Key header of 8 to 128 characters.");
        }
        return UUID.nameUUIDFromBytes(("petition\n" + caller.subject() + "\n" + idempotencyKey)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Received retried(PetitionSnapshot earlier, String fingerprint) {
        if (!earlier.fingerprint().equals(fingerprint)) {
            throw DomainViolation.rule("IDEMPOTENCY_KEY_REUSED", "该 Idempotency-Key 已用于另一件信访事项。",
                    "This Idempotency-Key was used for a different petition.", "Idempotency-Key");
        }
        return new Received(earlier, false);
    }

    private Petition.Addressee addressee(@Nullable String division, @Nullable String department) {
        if (division == null || department == null) {
            throw DomainViolation.invalid(department == null ? "department" : "division", "ADDRESSEE_REQUIRED",
                    "请选择信访事项递交的部门及其所在行政区划。", "Choose the department, and its division, the petition is for.");
        }
        Implementation where = catalogue.place(department, division);
        return new Petition.Addressee(division, where.department(), where.departmentName());
    }

    /** The petition: for its petitioner, the department's staff and supervisors of the division. */
    public PetitionSnapshot view(Caller caller, String id) {
        PetitionSnapshot p = petitions.find(id).orElseThrow(PetitionService::notFound);
        if (!mayHandle(caller, p) && !petitionerSubjects(caller).contains(p.petitionerSubject())) {
            throw notFound();
        }
        return p;
    }

    /** Accepted or not, in writing ({@code note}: what is accepted, or why not and where to turn). */
    public PetitionSnapshot decide(Caller caller, String id, boolean accept, String note) {
        return change(caller, id, p -> {
            Instant at = clock.instant();
            if (accept) {
                p.accept(caller.username(), note, calendar, at, ChinaTime.dateOf(at));
            } else {
                p.refuse(caller.username(), note, at, ChinaTime.dateOf(at));
            }
        });
    }

    public PetitionSnapshot extend(Caller caller, String id, String reason) {
        return change(caller, id, p -> p.extend(caller.username(), reason, calendar, clock.instant()));
    }

    public PetitionSnapshot answer(Caller caller, String id, String text) {
        return change(caller, id, p -> {
            Instant at = clock.instant();
            p.answer(caller.username(), text, at, ChinaTime.dateOf(at));
        });
    }

    private PetitionSnapshot change(Caller caller, String id, Consumer<Petition> mutation) {
        for (int attempt = 0; attempt < 3; attempt++) {
            PetitionSnapshot s = petitions.find(id).orElseThrow(PetitionService::notFound);
            if (!mayHandle(caller, s)) {
                throw notFound();
            }
            Petition p = Petition.restore(s);
            mutation.accept(p);
            if (petitions.save(p)) {
                return petitions.find(id).orElseThrow();
            }
        }
        throw DomainViolation.conflict("CONCURRENT_CHANGE", "该信访事项刚被他人处理，请刷新后重试。",
                "The petition was changed meanwhile; reload and try again.");
    }

    private boolean mayHandle(Caller caller, PetitionSnapshot p) {
        return people.isStaffOf(caller, p.division(), p.department()) || people.supervises(caller, p.division());
    }

    /** The caller's own subject and, for a citizen, the person records identity gives their verified account. */
    private List<String> petitionerSubjects(Caller caller) {
        List<String> subjects = new ArrayList<>();
        subjects.add(caller.subject());
        if (caller.hasRole("citizen")) {
            subjects.addAll(persons.recordsOf(caller.subject()));
        }
        return subjects;
    }

    /** The light of a petition someone must still act on; null once closed. */
    public @Nullable Light lightOf(PetitionSnapshot p) {
        return p.actBy() == null ? null : lights.light(p.actBy(), ChinaTime.today(clock));
    }

    public List<PetitionSnapshot> mine(Caller caller) {
        return petitions.ofPetitioners(petitionerSubjects(caller), 200);
    }

    /** Staff: petitions to their own department. */
    public List<PetitionSnapshot> toMyDepartment(Caller caller) {
        if (caller.division() == null || caller.department() == null
                || !people.isStaffOf(caller, caller.division(), caller.department())) {
            return List.of();
        }
        return petitions.to(caller.division(), caller.department(), 200);
    }

    static DomainViolation notFound() {
        return DomainViolation.notFound("PETITION_NOT_FOUND", "信访事项不存在。", "There is no such petition.");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
