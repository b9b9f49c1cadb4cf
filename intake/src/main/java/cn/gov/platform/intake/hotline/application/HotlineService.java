package cn.gov.platform.intake.hotline.application;

import cn.gov.platform.intake.catalogue.application.CatalogueService;
import cn.gov.platform.intake.catalogue.application.ItemQuery;
import cn.gov.platform.intake.catalogue.domain.Implementation;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.intake.followup.application.FollowUpService;
import cn.gov.platform.intake.followup.domain.Progress;
import cn.gov.platform.intake.hotline.domain.HotlineKind;
import cn.gov.platform.intake.hotline.domain.Ticket;
import cn.gov.platform.intake.hotline.domain.TicketSnapshot;
import cn.gov.platform.intake.supervision.application.Supervisors;
import cn.gov.platform.intake.supervision.domain.DivisionScope;
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
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The 12345 hotline (NOT-2). Operators (realm role {@code operator}, for the divisions under the one their
 * token names) record a call: a query the platform can answer (a catalogue item by keyword, a case's state
 * for the case number and the last 6 of the applicant's ID number) is answered at once; everything else
 * becomes a ticket routed to a department of the catalogue, due in the kind's working days. Citizens leave
 * a message in the portal that becomes the same kind of ticket. Operators and supervisors re-route an
 * unanswered ticket; the department's staff (or a supervisor) answer it; the caller rates the answer by
 * replying to the SMS with a digit. Anyone else gets 404.
 */
public class HotlineService {

    public static final String OPERATOR = "operator";
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private final TicketStore tickets;
    private final CallerPhones phones;
    private final CatalogueService catalogue;
    private final FollowUpService followUp;
    private final Supervisors people;
    private final WorkingDayCalendar calendar;
    private final LightPolicy lights;
    private final Clock clock;
    private final MeterRegistry meters;

    public HotlineService(TicketStore tickets, CallerPhones phones, CatalogueService catalogue,
            FollowUpService followUp, Supervisors people, WorkingDayCalendar calendar, LightPolicy lights, Clock clock,
            MeterRegistry meters) {
        this.tickets = tickets;
        this.phones = phones;
        this.catalogue = catalogue;
        this.followUp = followUp;
        this.people = people;
        this.calendar = calendar;
        this.lights = lights;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * A call as the operator took it. For a query, {@code keyword} (a catalogue item) or {@code caseNumber}
     * with {@code idSuffix} (the last 6 of the applicant's ID number) let the platform answer at once.
     */
    public record Call(String phone, HotlineKind kind, String text, @Nullable String division,
            @Nullable String department, @Nullable String keyword, @Nullable String caseNumber,
            @Nullable String idSuffix) {
        @Override
        public String toString() {
            return "Call[" + kind + "]";
        }
    }

    /** A message a citizen leaves in the portal. */
    public record Note(HotlineKind kind, String text, @Nullable String division, @Nullable String department) {
    }

    public record Recorded(TicketSnapshot ticket, boolean created) {
    }

    public Recorded call(Caller operator, Call call, @Nullable String idempotencyKey) {
        if (!isOperator(operator)) {
            throw DomainViolation.rule("OPERATOR_ONLY", "只有 12345 热线话务员可以登记来电。",
                    "Only 12345 hotline operators record calls.", null);
        }
        String id = idOf(operator, idempotencyKey);
        String phone = call.phone() == null ? "" : call.phone().replaceAll("[\\s-]", "").replaceFirst("^\\+?86", "");
        String fingerprint = sha256("call\n" + phones.key(phone) + "\n" + call.kind() + "\n" + call.division() + "\n"
                + call.department() + "\n" + call.keyword() + "\n" + call.caseNumber() + "\n" + call.text());
        var earlier = tickets.find(id);
        if (earlier.isPresent()) {
            return retried(earlier.get(), fingerprint);
        }
        if (!MOBILE.matcher(phone).matches()) {
            throw DomainViolation.invalid("phone", "PHONE_INVALID", "请填写来电人的 11 位手机号码。",
                    "Give the caller's 11-digit mobile number.");
        }
        if (call.division() != null && operator.division() != null
                && !DivisionScope.of(operator.division()).includes(call.division())) {
            throw DomainViolation.invalid("division", "DIVISION_OUTSIDE_HOTLINE",
                    "该行政区划不在本热线的服务范围内。", "This division is outside the hotline's area.");
        }
        Ticket.Department to = department(call.division(), call.department());
        Ticket.Caller caller = new Ticket.Caller(phones.key(phone), phones.seal(phone), null);
        Instant at = clock.instant();
        if (call.kind() == HotlineKind.QUERY) {
            Optional<String> answer = answerAtOnce(call, to.division());
            if (answer.isPresent()) {
                Ticket t = Ticket.answeredAtOnce(id, fingerprint, caller, operator.username(), to, call.text(),
                        answer.get(), at, ChinaTime.dateOf(at));
                return stored(t, fingerprint, "at-once");
            }
        }
        Ticket t = Ticket.receive(id, "CALL", call.kind(), fingerprint, caller, operator.username(), to, call.text(),
                operator.username(), calendar, at, ChinaTime.dateOf(at));
        return stored(t, fingerprint, "call");
    }

    public Recorded leave(Caller citizen, Note note, @Nullable String idempotencyKey) {
        if (!citizen.hasRole("citizen")) {
            throw DomainViolation.rule("CITIZEN_ONLY", "只有群众可以在门户留言。", "Only citizens leave messages.", null);
        }
        String id = idOf(citizen, idempotencyKey);
        String fingerprint = sha256("message\n" + note.kind() + "\n" + note.division() + "\n" + note.department() + "\n"
                + note.text());
        var earlier = tickets.find(id);
        if (earlier.isPresent()) {
            return retried(earlier.get(), fingerprint);
        }
        Ticket.Department to = department(note.division(), note.department());
        Instant at = clock.instant();
        Ticket t = Ticket.receive(id, "MESSAGE", note.kind(), fingerprint, new Ticket.Caller(null, null,
                citizen.subject()), null, to, note.text(), citizen.username(), calendar, at, ChinaTime.dateOf(at));
        return stored(t, fingerprint, "message");
    }

    private Recorded stored(Ticket t, String fingerprint, String channel) {
        if (!tickets.insert(t)) {
            return retried(tickets.find(t.snapshot().id()).orElseThrow(), fingerprint);
        }
        meters.counter("intake.hotline.tickets", "channel", channel, "kind", t.snapshot().kind().name()).increment();
        return new Recorded(t.snapshot(), true);
    }

    /** What the platform knows: a case's state (number + ID suffix), else a catalogue item's essentials. */
    private Optional<String> answerAtOnce(Call call, String division) {
        if (call.caseNumber() != null && !call.caseNumber().isBlank() && call.idSuffix() != null) {
            try {
                Progress p = followUp.lookup(call.caseNumber().trim(), call.idSuffix().trim());
                StringBuilder a = new StringBuilder("办件 " + p.number() + "（" + p.itemName() + "）：" + p.state().zh()
                        + "；承办部门 " + p.departmentName());
                if (p.dueOn() != null) {
                    a.append("；承诺办结日期 ").append(p.dueOn());
                }
                if (p.decidedOn() != null) {
                    a.append("；决定日期 ").append(p.decidedOn());
                }
                return Optional.of(a.append("。").toString());
            } catch (DomainViolation | FollowUpService.Locked notAnswered) {
                // Not found, malformed or locked: the query becomes a ticket for the department.
            }
        }
        if (call.keyword() != null && !call.keyword().isBlank()) {
            List<ServiceItem> items = catalogue.search(new ItemQuery(call.keyword().trim(), null, division, null));
            if (!items.isEmpty()) {
                ServiceItem item = items.getFirst();
                String where = item.implementations().stream().filter(i -> i.division().value().equals(division))
                        .findFirst().map(i -> "；办理部门 " + i.departmentName() + "（" + i.address() + "，" + i.contact()
                                + "）").orElse("");
                return Optional.of(item.name() + "：承诺时限 " + item.limits().promised().value() + " 个工作日；所需材料 "
                        + item.materials().size() + " 项；办理结果 " + item.result() + where + "。");
            }
        }
        return Optional.empty();
    }

    /** The ticket: for operators of its area, its department's staff, supervisors, and the citizen who wrote. */
    public TicketSnapshot view(Caller caller, String id) {
        TicketSnapshot t = tickets.find(id).orElseThrow(HotlineService::notFound);
        if (!mayHandle(caller, t) && !mayRoute(caller, t) && !caller.subject().equals(t.citizenSubject())) {
            throw notFound();
        }
        return t;
    }

    /** Sent on to the right department (operators of its area, supervisors); the deadline is unchanged. */
    public TicketSnapshot reroute(Caller caller, String id, @Nullable String division, @Nullable String department,
            String reason) {
        // The department is resolved after the object-level check: a stranger learns nothing but 404.
        return change(id, t -> mayRoute(caller, t), t -> t.reroute(caller.username(),
                department(division, department), reason, clock.instant()));
    }

    /** The department's answer (its staff or a supervisor of the division). */
    public TicketSnapshot answer(Caller caller, String id, String text) {
        return change(id, t -> mayHandle(caller, t), t -> {
            Instant at = clock.instant();
            t.answer(caller.username(), text, at, ChinaTime.dateOf(at));
        });
    }

    /** Internal: a caller's reply with a digit rates their newest answered, unrated ticket. */
    public TicketSnapshot rateByPhone(String phone, int rating) {
        String plain = phone.replaceAll("[\\s-]", "").replaceFirst("^\\+?86", "");
        TicketSnapshot latest = tickets.latestAnsweredOf(phones.key(plain)).orElseThrow(HotlineService::notFound);
        TicketSnapshot rated = change(latest.id(), t -> true, t -> t.rate(rating, clock.instant()));
        meters.counter("intake.hotline.ratings", "rating", String.valueOf(rating)).increment();
        return rated;
    }

    /** Internal: the caller's number, for notifications to send the answer to; empty for a portal message. */
    public Optional<String> callerPhone(String id) {
        return tickets.find(id).map(TicketSnapshot::sealedPhone).map(phones::open);
    }

    private TicketSnapshot change(String id, Predicate<TicketSnapshot> may, Consumer<Ticket> mutation) {
        for (int attempt = 0; attempt < 3; attempt++) {
            TicketSnapshot s = tickets.find(id).orElseThrow(HotlineService::notFound);
            if (!may.test(s)) {
                throw notFound();
            }
            Ticket t = Ticket.restore(s);
            mutation.accept(t);
            if (tickets.save(t)) {
                return tickets.find(id).orElseThrow();
            }
        }
        throw DomainViolation.conflict("CONCURRENT_CHANGE", "该工单刚被他人处理，请刷新后重试。",
                "The ticket was changed meanwhile; reload and try again.");
    }

    /** Operators: tickets of their area; supervisors: of their scope. */
    public List<TicketSnapshot> desk(Caller caller) {
        if (caller.division() == null || !(isOperator(caller) || people.isSupervisor(caller))) {
            return List.of();
        }
        return tickets.within(DivisionScope.of(caller.division()).prefix(), 200);
    }

    /** Staff: tickets with their own department. */
    public List<TicketSnapshot> toMyDepartment(Caller caller) {
        if (caller.division() == null || caller.department() == null
                || !people.isStaffOf(caller, caller.division(), caller.department())) {
            return List.of();
        }
        return tickets.with(caller.division(), caller.department(), 200);
    }

    public List<TicketSnapshot> mine(Caller caller) {
        return tickets.ofCitizen(caller.subject(), 200);
    }

    public @Nullable Light lightOf(TicketSnapshot t) {
        return t.isOpen() ? lights.light(t.dueOn(), ChinaTime.today(clock)) : null;
    }

    private boolean mayHandle(Caller caller, TicketSnapshot t) {
        return people.isStaffOf(caller, t.division(), t.department()) || people.supervises(caller, t.division());
    }

    private boolean mayRoute(Caller caller, TicketSnapshot t) {
        return (isOperator(caller) && caller.division() != null
                && DivisionScope.of(caller.division()).includes(t.division())) || people.supervises(caller, t.division());
    }

    private static boolean isOperator(Caller caller) {
        return caller.hasRole(OPERATOR) && caller.division() != null;
    }

    private Ticket.Department department(@Nullable String division, @Nullable String department) {
        if (division == null || department == null || division.isBlank() || department.isBlank()) {
            throw DomainViolation.invalid(department == null || department.isBlank() ? "department" : "division",
                    "DEPARTMENT_REQUIRED", "请选择承办部门及其所在行政区划。",
                    "Choose the department, and its division, to send the ticket to.");
        }
        Implementation where = catalogue.place(department, division);
        return new Ticket.Department(division, where.department(), where.departmentName());
    }

    private static String idOf(Caller caller, @Nullable String idempotencyKey) {
        if (idempotencyKey == null || !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw DomainViolation.invalid("Idempotency-Key", "IDEMPOTENCY_KEY_REQUIRED",
                    "请在请求头 Idempotency-Key 中提供 8 至 128 位的唯一标识。",
                    "Send a unique Idempotency-Key header of 8 to 128 characters.");
        }
        return UUID.nameUUIDFromBytes(("hotline\n" + caller.subject() + "\n" + idempotencyKey)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Recorded retried(TicketSnapshot earlier, String fingerprint) {
        if (!earlier.fingerprint().equals(fingerprint)) {
            throw DomainViolation.rule("IDEMPOTENCY_KEY_REUSED", "该 Idempotency-Key 已用于另一张工单。",
                    "This Idempotency-Key was used for a different ticket.", "Idempotency-Key");
        }
        return new Recorded(earlier, false);
    }

    public static DomainViolation notFound() {
        return DomainViolation.notFound("HOTLINE_TICKET_NOT_FOUND", "工单不存在。", "There is no such ticket.");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
