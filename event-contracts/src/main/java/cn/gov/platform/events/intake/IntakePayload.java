package cn.gov.platform.events.intake;

import cn.gov.platform.events.EventType;
import cn.gov.platform.events.Payload;
import cn.gov.platform.events.PayloadWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The payload of each type of {@code intake.case-events}, written as the entry's {@code payload}
 * JSON object of strings: dates ISO, lists comma-separated, flags {@code "true"}/{@code "false"}.
 * Every type is at version 1 (today's shape; see {@link EventType}). Values a producer always
 * writes may still be absent when read (an older producer); consumers decide what they need.
 */
public sealed interface IntakePayload {

    /** The type's name on the stream. */
    String type();

    void write(PayloadWriter out);

    default Map<String, String> values() {
        PayloadWriter out = new PayloadWriter();
        write(out);
        return out.values();
    }

    /** The payload of {@code type} read from its values; empty for a type this contract does not know. */
    static Optional<IntakePayload> read(String type, Payload in) {
        Function<Payload, IntakePayload> reader = Types.READERS.get(type);
        return reader == null ? Optional.empty() : Optional.of(reader.apply(in));
    }

    /** Whether this contract knows {@code type}. */
    static boolean knows(String type) {
        return Types.READERS.containsKey(type);
    }

    /** Every type with its version. */
    static List<EventType> types() {
        return Types.TYPES;
    }

    // --- the case's own ---------------------------------------------------------------------------

    /** Filed (INT-1); what the catalogue requires and is still missing. */
    record CaseSubmitted(List<String> missingMaterials) implements IntakePayload {
        public CaseSubmitted {
            missingMaterials = List.copyOf(missingMaterials);
        }

        public String type() {
            return "CaseSubmitted";
        }

        public void write(PayloadWriter out) {
            out.list("missingMaterials", missingMaterials);
        }

        static CaseSubmitted read(Payload in) {
            return new CaseSubmitted(in.list("missingMaterials"));
        }
    }

    /** An agent filed for the principal (INT-10), recorded besides {@link CaseSubmitted}. */
    record AgentFiled(@Nullable String mandateId) implements IntakePayload {
        public String type() {
            return "AgentFiled";
        }

        public void write(PayloadWriter out) {
            out.putIfPresent("mandateId", mandateId);
        }

        static AgentFiled read(Payload in) {
            return new AgentFiled(in.text("mandateId"));
        }
    }

    /** The supplement was handed in; the due dates as they now stand. */
    record CaseResubmitted(@Nullable LocalDate promisedDue, @Nullable LocalDate statutoryDue) implements IntakePayload {
        public String type() {
            return "CaseResubmitted";
        }

        public void write(PayloadWriter out) {
            out.putIfPresent("promisedDue", promisedDue).putIfPresent("statutoryDue", statutoryDue);
        }

        static CaseResubmitted read(Payload in) {
            return new CaseResubmitted(in.date("promisedDue"), in.date("statutoryDue"));
        }
    }

    record CaseWithdrawn(@Nullable String reason) implements IntakePayload {
        public String type() {
            return "CaseWithdrawn";
        }

        public void write(PayloadWriter out) {
            out.putIfPresent("reason", reason);
        }

        static CaseWithdrawn read(Payload in) {
            return new CaseWithdrawn(in.text("reason"));
        }
    }

    /** The one-time notice (INT-2): the materials to supply, before acceptance or during review. */
    record SupplementRequested(List<String> materials, boolean duringReview) implements IntakePayload {
        public SupplementRequested {
            materials = List.copyOf(materials);
        }

        public String type() {
            return "SupplementRequested";
        }

        public void write(PayloadWriter out) {
            out.list("materials", materials).put("duringReview", duringReview);
        }

        static SupplementRequested read(Payload in) {
            return new SupplementRequested(in.list("materials"), in.flag("duringReview"));
        }
    }

    /** Refused at the window in writing, with the notice's own number (INT-2, INT-3). */
    record CaseNotAccepted(@Nullable String noticeNumber, @Nullable String reason, List<String> materials)
            implements IntakePayload {
        public CaseNotAccepted {
            materials = List.copyOf(materials);
        }

        public String type() {
            return "CaseNotAccepted";
        }

        public void write(PayloadWriter out) {
            out.putIfPresent("noticeNumber", noticeNumber).putIfPresent("reason", reason).list("materials", materials);
        }

        static CaseNotAccepted read(Payload in) {
            return new CaseNotAccepted(in.text("noticeNumber"), in.text("reason"), in.list("materials"));
        }
    }

    /**
     * Accepted with a number (INT-3): the due dates, the materials tolerated (INT-4; left out when
     * none) and the state of the credit check (CRE-2).
     */
    record CaseAccepted(@Nullable LocalDate promisedDue, @Nullable LocalDate statutoryDue, List<String> tolerated,
            @Nullable String creditCheck) implements IntakePayload {
        public CaseAccepted {
            tolerated = List.copyOf(tolerated);
        }

        public String type() {
            return "CaseAccepted";
        }

        public void write(PayloadWriter out) {
            out.putIfPresent("promisedDue", promisedDue).putIfPresent("statutoryDue", statutoryDue)
                    .listIfNotEmpty("tolerated", tolerated).putIfPresent("creditCheck", creditCheck);
        }

        static CaseAccepted read(Payload in) {
            return new CaseAccepted(in.date("promisedDue"), in.date("statutoryDue"), in.list("tolerated"),
                    in.text("creditCheck"));
        }
    }

    /** Review began: {@code JOINT} for a joint case, else the staff role that gave the first opinion. */
    record CaseUnderReview(@Nullable String step) implements IntakePayload {
        public String type() {
            return "CaseUnderReview";
        }

        public void write(PayloadWriter out) {
            out.putIfPresent("step", step);
        }

        static CaseUnderReview read(Payload in) {
            return new CaseUnderReview(in.text("step"));
        }
    }

    /** The decision and what it cites (CRE-2); {@link CaseApproved} and {@link CaseRejected} carry the same. */
    sealed interface CaseDecision extends IntakePayload permits CaseApproved, CaseRejected {

        @Nullable String reasons();

        boolean onTime();

        @Nullable String legalBasis();

        @Nullable CreditCitation credit();

        default void writeDecision(PayloadWriter out) {
            out.putIfPresent("reasons", reasons()).put("onTime", onTime()).putIfPresent("legalBasis", legalBasis());
            if (credit() != null) {
                credit().write(out);
            }
        }
    }

    /** The credit check a decision used, with the measures and entries it cited. */
    record CreditCitation(String checkId, List<String> measures, List<String> entries) {
        public CreditCitation {
            measures = List.copyOf(measures);
            entries = List.copyOf(entries);
        }

        void write(PayloadWriter out) {
            out.put("creditCheckId", checkId).list("creditMeasures", measures).list("creditEntries", entries);
        }

        static @Nullable CreditCitation read(Payload in) {
            String checkId = in.text("creditCheckId");
            return checkId == null ? null
                    : new CreditCitation(checkId, in.list("creditMeasures"), in.list("creditEntries"));
        }
    }

    record CaseApproved(@Nullable String reasons, boolean onTime, @Nullable String legalBasis,
            @Nullable CreditCitation credit) implements CaseDecision {
        public String type() {
            return "CaseApproved";
        }

        public void write(PayloadWriter out) {
            writeDecision(out);
        }

        static CaseApproved read(Payload in) {
            return new CaseApproved(in.text("reasons"), in.flag("onTime"), in.text("legalBasis"),
                    CreditCitation.read(in));
        }
    }

    record CaseRejected(@Nullable String reasons, boolean onTime, @Nullable String legalBasis,
            @Nullable CreditCitation credit) implements CaseDecision {
        public String type() {
            return "CaseRejected";
        }

        public void write(PayloadWriter out) {
            writeDecision(out);
        }

        static CaseRejected read(Payload in) {
            return new CaseRejected(in.text("reasons"), in.flag("onTime"), in.text("legalBasis"),
                    CreditCitation.read(in));
        }
    }

    /**
     * First-contact handover (INT-7): the clerk who received a case meant for another department
     * handed it over before accepting it; the applicant is told where it went and how to reach
     * them (the department's published address and office contact, never a person's phone).
     * The entry's {@code division} and {@code department} are already the receiving ones.
     */
    record CaseHandedOver(@Nullable String fromDepartmentName, @Nullable String toDivisionName,
            @Nullable String toDepartmentName, @Nullable String address, @Nullable String contact)
            implements IntakePayload {
        public String type() {
            return "CaseHandedOver";
        }

        public void write(PayloadWriter out) {
            out.putIfPresent("fromDepartmentName", fromDepartmentName).putIfPresent("toDivisionName", toDivisionName)
                    .putIfPresent("toDepartmentName", toDepartmentName).putIfPresent("address", address)
                    .putIfPresent("contact", contact);
        }

        static CaseHandedOver read(Payload in) {
            return new CaseHandedOver(in.text("fromDepartmentName"), in.text("toDivisionName"),
                    in.text("toDepartmentName"), in.text("address"), in.text("contact"));
        }
    }

    /** The result was delivered (INT-1). */
    record CaseClosed() implements IntakePayload {
        public String type() {
            return "CaseClosed";
        }

        public void write(PayloadWriter out) {
        }

        static CaseClosed read(Payload in) {
            return new CaseClosed();
        }
    }

    // --- joint approval (INT-5) -------------------------------------------------------------------

    /** One department's task in a joint case. */
    record JointTask(@Nullable String taskId, @Nullable String taskDepartment, @Nullable String taskDepartmentName,
            @Nullable String taskDivision, @Nullable LocalDate dueOn) {

        void write(PayloadWriter out) {
            out.putIfPresent("taskId", taskId).putIfPresent("taskDepartment", taskDepartment)
                    .putIfPresent("taskDepartmentName", taskDepartmentName).putIfPresent("taskDivision", taskDivision)
                    .putIfPresent("dueOn", dueOn);
        }

        static JointTask read(Payload in) {
            return new JointTask(in.text("taskId"), in.text("taskDepartment"), in.text("taskDepartmentName"),
                    in.text("taskDivision"), in.date("dueOn"));
        }
    }

    record JointTaskOpened(JointTask task) implements IntakePayload {
        public String type() {
            return "JointTaskOpened";
        }

        public void write(PayloadWriter out) {
            task.write(out);
        }

        static JointTaskOpened read(Payload in) {
            return new JointTaskOpened(JointTask.read(in));
        }
    }

    /** A task closed: decided by its department or deemed approved (超时默认); the state, reasons and basis. */
    sealed interface TaskClosed extends IntakePayload permits JointTaskDecided, TaskDeemedApproved {

        JointTask task();

        @Nullable String taskState();

        @Nullable String reasons();

        @Nullable String legalBasis();

        default void writeClosed(PayloadWriter out) {
            task().write(out);
            out.putIfPresent("taskState", taskState()).putIfPresent("reasons", reasons())
                    .putIfPresent("legalBasis", legalBasis());
        }
    }

    record JointTaskDecided(JointTask task, @Nullable String taskState, @Nullable String reasons,
            @Nullable String legalBasis) implements TaskClosed {
        public String type() {
            return "JointTaskDecided";
        }

        public void write(PayloadWriter out) {
            writeClosed(out);
        }

        static JointTaskDecided read(Payload in) {
            return new JointTaskDecided(JointTask.read(in), in.text("taskState"), in.text("reasons"),
                    in.text("legalBasis"));
        }
    }

    record TaskDeemedApproved(JointTask task, @Nullable String taskState, @Nullable String reasons,
            @Nullable String legalBasis) implements TaskClosed {
        public String type() {
            return "TaskDeemedApproved";
        }

        public void write(PayloadWriter out) {
            writeClosed(out);
        }

        static TaskDeemedApproved read(Payload in) {
            return new TaskDeemedApproved(JointTask.read(in), in.text("taskState"), in.text("reasons"),
                    in.text("legalBasis"));
        }
    }

    // --- the calendar (INT-6) ---------------------------------------------------------------------

    /**
     * A published calendar year moved a date the applicant or complainant was told. For a case:
     * its due dates as they now stand; for a complaint: {@code complaintId} and its answer date
     * before and after. {@code ref} is how the person knows it, {@code changes} lists
     * {@code what:from>to} separated by {@code ;}.
     */
    record DeadlinesRecomputed(@Nullable Integer calendarYear, @Nullable Integer calendarVersion, @Nullable String ref,
            @Nullable String changes, @Nullable LocalDate promisedDue, @Nullable LocalDate statutoryDue,
            @Nullable String complaintId, @Nullable LocalDate dueOn, @Nullable LocalDate previousDueOn)
            implements IntakePayload {

        public static DeadlinesRecomputed ofCase(int calendarYear, int calendarVersion, String ref, String changes,
                @Nullable LocalDate promisedDue, @Nullable LocalDate statutoryDue) {
            return new DeadlinesRecomputed(calendarYear, calendarVersion, ref, changes, promisedDue, statutoryDue, null,
                    null, null);
        }

        public static DeadlinesRecomputed ofComplaint(int calendarYear, int calendarVersion, String ref,
                String changes, String complaintId, LocalDate dueOn, LocalDate previousDueOn) {
            return new DeadlinesRecomputed(calendarYear, calendarVersion, ref, changes, null, null, complaintId, dueOn,
                    previousDueOn);
        }

        public String type() {
            return "DeadlinesRecomputed";
        }

        public void write(PayloadWriter out) {
            out.putIfPresent("promisedDue", promisedDue).putIfPresent("statutoryDue", statutoryDue)
                    .putIfPresent("dueOn", dueOn).putIfPresent("previousDueOn", previousDueOn)
                    .putIfPresent("calendarYear", calendarYear).putIfPresent("calendarVersion", calendarVersion)
                    .putIfPresent("ref", ref).putIfPresent("changes", changes).putIfPresent("complaintId", complaintId);
        }

        static DeadlinesRecomputed read(Payload in) {
            return new DeadlinesRecomputed(in.integer("calendarYear"), in.integer("calendarVersion"), in.text("ref"),
                    in.text("changes"), in.date("promisedDue"), in.date("statutoryDue"), in.text("complaintId"),
                    in.date("dueOn"), in.date("previousDueOn"));
        }
    }

    /** Only dates staff work to moved (a joint task's, a tolerated material's): nobody is sent an SMS. */
    record StaffDeadlinesRecomputed(@Nullable Integer calendarYear, @Nullable Integer calendarVersion,
            @Nullable String ref, @Nullable String changes, @Nullable LocalDate promisedDue,
            @Nullable LocalDate statutoryDue) implements IntakePayload {
        public String type() {
            return "StaffDeadlinesRecomputed";
        }

        public void write(PayloadWriter out) {
            out.putIfPresent("promisedDue", promisedDue).putIfPresent("statutoryDue", statutoryDue)
                    .putIfPresent("calendarYear", calendarYear).putIfPresent("calendarVersion", calendarVersion)
                    .putIfPresent("ref", ref).putIfPresent("changes", changes);
        }

        static StaffDeadlinesRecomputed read(Payload in) {
            return new StaffDeadlinesRecomputed(in.integer("calendarYear"), in.integer("calendarVersion"),
                    in.text("ref"), in.text("changes"), in.date("promisedDue"), in.date("statutoryDue"));
        }
    }

    // --- supervision --------------------------------------------------------------------------------

    /**
     * An open item (a submission awaiting acceptance, a case, a step of its chain, a joint task, a
     * follow-up, a complaint) turned yellow or red. Since issue 17 one event per member of staff to tell
     * ({@code recipientSubject}), {@code audience} saying why: HOLDER (their step), HEAD (their
     * department's), SUPERVISOR (a red item in their subtree); {@code step} the chain's role for
     * ACCEPTANCE and STEP items. Events recorded before name nobody (the department as a whole).
     */
    record DeadlineWarning(@Nullable String kind, @Nullable String itemId, @Nullable String light,
            @Nullable LocalDate dueOn, @Nullable String itemName, @Nullable String step, @Nullable String audience)
            implements IntakePayload {

        /** The shape before issue 17: nobody in particular. */
        public DeadlineWarning(@Nullable String kind, @Nullable String itemId, @Nullable String light,
                @Nullable LocalDate dueOn, @Nullable String itemName) {
            this(kind, itemId, light, dueOn, itemName, null, null);
        }

        public String type() {
            return "DeadlineWarning";
        }

        public void write(PayloadWriter out) {
            out.putIfPresent("kind", kind).putIfPresent("itemId", itemId).putIfPresent("light", light)
                    .putIfPresent("dueOn", dueOn).putIfPresent("itemName", itemName).putIfPresent("step", step)
                    .putIfPresent("audience", audience);
        }

        static DeadlineWarning read(Payload in) {
            return new DeadlineWarning(in.text("kind"), in.text("itemId"), in.text("light"), in.date("dueOn"),
                    in.text("itemName"), in.text("step"), in.text("audience"));
        }
    }

    /** The applicant rated the service of a case ({@code ratingId} is the case's id). */
    record CaseRated(@Nullable String ratingId, @Nullable Integer score) implements IntakePayload {
        public String type() {
            return "CaseRated";
        }

        public void write(PayloadWriter out) {
            out.putIfPresent("score", score).putIfPresent("ratingId", ratingId);
        }

        static CaseRated read(Payload in) {
            return new CaseRated(in.text("ratingId"), in.integer("score"));
        }
    }

    /** A poor rating opened a follow-up the department must handle by {@code dueOn}. */
    record RatingFollowUpOpened(@Nullable String ratingId, @Nullable Integer score, @Nullable LocalDate dueOn)
            implements IntakePayload {
        public String type() {
            return "RatingFollowUpOpened";
        }

        public void write(PayloadWriter out) {
            out.putIfPresent("score", score).putIfPresent("dueOn", dueOn).putIfPresent("ratingId", ratingId);
        }

        static RatingFollowUpOpened read(Payload in) {
            return new RatingFollowUpOpened(in.text("ratingId"), in.integer("score"), in.date("dueOn"));
        }
    }

    record RatingFollowUpHandled(@Nullable String ratingId, boolean onTime) implements IntakePayload {
        public String type() {
            return "RatingFollowUpHandled";
        }

        public void write(PayloadWriter out) {
            out.put("onTime", onTime).putIfPresent("ratingId", ratingId);
        }

        static RatingFollowUpHandled read(Payload in) {
            return new RatingFollowUpHandled(in.text("ratingId"), in.flag("onTime"));
        }
    }

    /** A complaint (about a case, or a department) with the date it must be answered by. */
    record ComplaintFiled(@Nullable String complaintId, @Nullable LocalDate dueOn) implements IntakePayload {
        public String type() {
            return "ComplaintFiled";
        }

        public void write(PayloadWriter out) {
            out.putIfPresent("dueOn", dueOn).putIfPresent("complaintId", complaintId);
        }

        static ComplaintFiled read(Payload in) {
            return new ComplaintFiled(in.text("complaintId"), in.date("dueOn"));
        }
    }

    record ComplaintExtended(@Nullable String complaintId, @Nullable LocalDate dueOn) implements IntakePayload {
        public String type() {
            return "ComplaintExtended";
        }

        public void write(PayloadWriter out) {
            out.putIfPresent("dueOn", dueOn).putIfPresent("complaintId", complaintId);
        }

        static ComplaintExtended read(Payload in) {
            return new ComplaintExtended(in.text("complaintId"), in.date("dueOn"));
        }
    }

    record ComplaintAnswered(@Nullable String complaintId, boolean onTime) implements IntakePayload {
        public String type() {
            return "ComplaintAnswered";
        }

        public void write(PayloadWriter out) {
            out.put("onTime", onTime).putIfPresent("complaintId", complaintId);
        }

        static ComplaintAnswered read(Payload in) {
            return new ComplaintAnswered(in.text("complaintId"), in.flag("onTime"));
        }
    }

    // --- petitions (信访, issue 19) -----------------------------------------------------------------

    /** A petition was received (online or recorded by staff); it must be accepted or not by {@code acceptanceDue}. */
    record PetitionReceived(@Nullable String petitionId, @Nullable LocalDate acceptanceDue) implements IntakePayload {
        public String type() {
            return "PetitionReceived";
        }

        public void write(PayloadWriter out) {
            out.putIfPresent("petitionId", petitionId).putIfPresent("acceptanceDue", acceptanceDue);
        }

        static PetitionReceived read(Payload in) {
            return new PetitionReceived(in.text("petitionId"), in.date("acceptanceDue"));
        }
    }

    /** Accepted, with the written notice's number; the answer is due by {@code dueOn}. */
    record PetitionAccepted(@Nullable String petitionId, @Nullable String noticeNumber, @Nullable LocalDate dueOn)
            implements IntakePayload {
        public String type() {
            return "PetitionAccepted";
        }

        public void write(PayloadWriter out) {
            out.putIfPresent("petitionId", petitionId).putIfPresent("noticeNumber", noticeNumber)
                    .putIfPresent("dueOn", dueOn);
        }

        static PetitionAccepted read(Payload in) {
            return new PetitionAccepted(in.text("petitionId"), in.text("noticeNumber"), in.date("dueOn"));
        }
    }

    /** Not accepted, with the written notice's number and the reason (where to turn instead). */
    record PetitionNotAccepted(@Nullable String petitionId, @Nullable String noticeNumber) implements IntakePayload {
        public String type() {
            return "PetitionNotAccepted";
        }

        public void write(PayloadWriter out) {
            out.putIfPresent("petitionId", petitionId).putIfPresent("noticeNumber", noticeNumber);
        }

        static PetitionNotAccepted read(Payload in) {
            return new PetitionNotAccepted(in.text("petitionId"), in.text("noticeNumber"));
        }
    }

    /** The answer's due date extended once, with a recorded reason. */
    record PetitionExtended(@Nullable String petitionId, @Nullable LocalDate dueOn) implements IntakePayload {
        public String type() {
            return "PetitionExtended";
        }

        public void write(PayloadWriter out) {
            out.putIfPresent("petitionId", petitionId).putIfPresent("dueOn", dueOn);
        }

        static PetitionExtended read(Payload in) {
            return new PetitionExtended(in.text("petitionId"), in.date("dueOn"));
        }
    }

    /** Answered in writing; {@code onTime} by its due date as it stood. */
    record PetitionAnswered(@Nullable String petitionId, boolean onTime) implements IntakePayload {
        public String type() {
            return "PetitionAnswered";
        }

        public void write(PayloadWriter out) {
            out.put("onTime", onTime).putIfPresent("petitionId", petitionId);
        }

        static PetitionAnswered read(Payload in) {
            return new PetitionAnswered(in.text("petitionId"), in.flag("onTime"));
        }
    }

    // --- the 12345 hotline (issue 19, point 2) -------------------------------------------------------

    /** A hotline ticket (a call or a portal message) routed to a department; to be answered by {@code dueOn}. */
    record HotlineTicketReceived(@Nullable String ticketId, @Nullable String kind, @Nullable LocalDate dueOn)
            implements IntakePayload {
        public String type() {
            return "HotlineTicketReceived";
        }

        public void write(PayloadWriter out) {
            out.putIfPresent("ticketId", ticketId).putIfPresent("kind", kind).putIfPresent("dueOn", dueOn);
        }

        static HotlineTicketReceived read(Payload in) {
            return new HotlineTicketReceived(in.text("ticketId"), in.text("kind"), in.date("dueOn"));
        }
    }

    /** Sent on to another department (the event carries the new one); the due date is unchanged. */
    record HotlineTicketRerouted(@Nullable String ticketId, @Nullable String fromDepartment, @Nullable LocalDate dueOn)
            implements IntakePayload {
        public String type() {
            return "HotlineTicketRerouted";
        }

        public void write(PayloadWriter out) {
            out.putIfPresent("ticketId", ticketId).putIfPresent("fromDepartment", fromDepartment)
                    .putIfPresent("dueOn", dueOn);
        }

        static HotlineTicketRerouted read(Payload in) {
            return new HotlineTicketRerouted(in.text("ticketId"), in.text("fromDepartment"), in.date("dueOn"));
        }
    }

    /**
     * Answered by the department; the caller is told {@code answer} (at most 300 characters, the start of
     * the department's answer) and asked to rate it by replying with a digit.
     */
    record HotlineTicketAnswered(@Nullable String ticketId, boolean onTime, @Nullable String answer)
            implements IntakePayload {
        public String type() {
            return "HotlineTicketAnswered";
        }

        public void write(PayloadWriter out) {
            out.put("onTime", onTime).putIfPresent("ticketId", ticketId).putIfPresent("answer", answer);
        }

        static HotlineTicketAnswered read(Payload in) {
            return new HotlineTicketAnswered(in.text("ticketId"), in.flag("onTime"), in.text("answer"));
        }
    }

    /** The caller rated the answer 1 to 5. */
    record HotlineTicketRated(@Nullable String ticketId, int rating) implements IntakePayload {
        public String type() {
            return "HotlineTicketRated";
        }

        public void write(PayloadWriter out) {
            out.put("rating", String.valueOf(rating)).putIfPresent("ticketId", ticketId);
        }

        static HotlineTicketRated read(Payload in) {
            String r = in.text("rating");
            return new HotlineTicketRated(in.text("ticketId"), r == null ? 0 : Integer.parseInt(r));
        }
    }

    // --- fees through one window (issue 19, point 1; SUP-3) ------------------------------------------

    /**
     * A payment notice (缴款通知书) was issued for a case: {@code paymentNumber}, the total {@code amountYuan}
     * ("80.00", from the fee catalogue only) and the date it is due by.
     */
    record PaymentNoticeIssued(@Nullable String paymentNumber, @Nullable String amountYuan, @Nullable LocalDate dueOn)
            implements IntakePayload {
        public String type() {
            return "PaymentNoticeIssued";
        }

        public void write(PayloadWriter out) {
            out.putIfPresent("paymentNumber", paymentNumber).putIfPresent("amountYuan", amountYuan)
                    .putIfPresent("dueOn", dueOn);
        }

        static PaymentNoticeIssued read(Payload in) {
            return new PaymentNoticeIssued(in.text("paymentNumber"), in.text("amountYuan"), in.date("dueOn"));
        }
    }

    /** The notice was paid ({@code via}: CALLBACK or STATEMENT); its electronic receipt is ready. */
    record PaymentReceived(@Nullable String paymentNumber, @Nullable String amountYuan, @Nullable String via)
            implements IntakePayload {
        public String type() {
            return "PaymentReceived";
        }

        public void write(PayloadWriter out) {
            out.putIfPresent("paymentNumber", paymentNumber).putIfPresent("amountYuan", amountYuan)
                    .putIfPresent("via", via);
        }

        static PaymentReceived read(Payload in) {
            return new PaymentReceived(in.text("paymentNumber"), in.text("amountYuan"), in.text("via"));
        }
    }

    /** The provider reported an amount that differs from the notice: recorded for supervision, never counted paid. */
    record PaymentMismatchFound(@Nullable String paymentNumber, @Nullable String amountYuan,
            @Nullable String expectedYuan, @Nullable String via) implements IntakePayload {
        public String type() {
            return "PaymentMismatchFound";
        }

        public void write(PayloadWriter out) {
            out.putIfPresent("paymentNumber", paymentNumber).putIfPresent("amountYuan", amountYuan)
                    .putIfPresent("expectedYuan", expectedYuan).putIfPresent("via", via);
        }

        static PaymentMismatchFound read(Payload in) {
            return new PaymentMismatchFound(in.text("paymentNumber"), in.text("amountYuan"), in.text("expectedYuan"),
                    in.text("via"));
        }
    }

    /** A refused or withdrawn case had been paid for: a refund is due. */
    record RefundDue(@Nullable String paymentNumber, @Nullable String amountYuan) implements IntakePayload {
        public String type() {
            return "RefundDue";
        }

        public void write(PayloadWriter out) {
            out.putIfPresent("paymentNumber", paymentNumber).putIfPresent("amountYuan", amountYuan);
        }

        static RefundDue read(Payload in) {
            return new RefundDue(in.text("paymentNumber"), in.text("amountYuan"));
        }
    }

    /** The provider confirmed the refund; the payer is told. */
    record PaymentRefunded(@Nullable String paymentNumber, @Nullable String amountYuan) implements IntakePayload {
        public String type() {
            return "PaymentRefunded";
        }

        public void write(PayloadWriter out) {
            out.putIfPresent("paymentNumber", paymentNumber).putIfPresent("amountYuan", amountYuan);
        }

        static PaymentRefunded read(Payload in) {
            return new PaymentRefunded(in.text("paymentNumber"), in.text("amountYuan"));
        }
    }

    /** The table of types: name, version, reader. */
    final class Types {
        private static final Map<String, Function<Payload, IntakePayload>> READERS = new LinkedHashMap<>();
        private static final List<EventType> TYPES;

        static {
            add("CaseSubmitted", CaseSubmitted::read);
            add("AgentFiled", AgentFiled::read);
            add("CaseResubmitted", CaseResubmitted::read);
            add("CaseWithdrawn", CaseWithdrawn::read);
            add("SupplementRequested", SupplementRequested::read);
            add("CaseNotAccepted", CaseNotAccepted::read);
            add("CaseAccepted", CaseAccepted::read);
            add("CaseUnderReview", CaseUnderReview::read);
            add("CaseApproved", CaseApproved::read);
            add("CaseRejected", CaseRejected::read);
            add("CaseClosed", CaseClosed::read);
            add("CaseHandedOver", CaseHandedOver::read);
            add("JointTaskOpened", JointTaskOpened::read);
            add("JointTaskDecided", JointTaskDecided::read);
            add("TaskDeemedApproved", TaskDeemedApproved::read);
            add("DeadlinesRecomputed", DeadlinesRecomputed::read);
            add("StaffDeadlinesRecomputed", StaffDeadlinesRecomputed::read);
            add("DeadlineWarning", DeadlineWarning::read);
            add("CaseRated", CaseRated::read);
            add("RatingFollowUpOpened", RatingFollowUpOpened::read);
            add("RatingFollowUpHandled", RatingFollowUpHandled::read);
            add("ComplaintFiled", ComplaintFiled::read);
            add("ComplaintExtended", ComplaintExtended::read);
            add("ComplaintAnswered", ComplaintAnswered::read);
            add("PetitionReceived", PetitionReceived::read);
            add("PetitionAccepted", PetitionAccepted::read);
            add("PetitionNotAccepted", PetitionNotAccepted::read);
            add("PetitionExtended", PetitionExtended::read);
            add("PetitionAnswered", PetitionAnswered::read);
            add("HotlineTicketReceived", HotlineTicketReceived::read);
            add("HotlineTicketRerouted", HotlineTicketRerouted::read);
            add("HotlineTicketAnswered", HotlineTicketAnswered::read);
            add("HotlineTicketRated", HotlineTicketRated::read);
            add("PaymentNoticeIssued", PaymentNoticeIssued::read);
            add("PaymentReceived", PaymentReceived::read);
            add("PaymentMismatchFound", PaymentMismatchFound::read);
            add("RefundDue", RefundDue::read);
            add("PaymentRefunded", PaymentRefunded::read);
            TYPES = READERS.keySet().stream().map(name -> new EventType(name, 1)).toList();
        }

        private Types() {
        }

        private static void add(String name, Function<Payload, IntakePayload> reader) {
            READERS.put(name, reader);
        }
    }
}
