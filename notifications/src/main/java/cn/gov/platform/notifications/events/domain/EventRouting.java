package cn.gov.platform.notifications.events.domain;

import cn.gov.platform.events.PlatformEvent;
import cn.gov.platform.events.certificates.CertificateEvent;
import cn.gov.platform.events.credit.CreditEvent;
import cn.gov.platform.events.intake.About;
import cn.gov.platform.events.intake.IntakeEvent;
import cn.gov.platform.events.intake.IntakePayload;
import cn.gov.platform.notifications.messages.domain.Notice;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which events are told to whom with which template (NOT-1, INT-10), read from the streams' typed
 * contracts. A case event goes to the applicant (the principal, also when an agent filed), or to
 * the event's {@code recipientSubject} when it names someone else (the complainant, staff); a
 * certificate event to its holder; a credit event to its {@code recipientSubject} if it has one.
 * A type nobody is told about has no route (it is acknowledged and counted as ignored); every
 * intake type is decided here, so a type the contract adds does not compile until it is.
 */
public final class EventRouting {

    /**
     * The notices of one event: empty when nobody is told about its type, an empty list when the
     * event names nobody to tell.
     */
    public Optional<List<Notice>> route(PlatformEvent event) {
        return switch (event) {
            case IntakeEvent e -> intake(e);
            case CertificateEvent e -> certificate(e);
            case CreditEvent e -> credit(e);
            default -> Optional.empty();
        };
    }

    /** A template and the values that fill it. */
    private record Route(String template, Map<String, String> variables) {

        static Route of(String template) {
            return new Route(template, new HashMap<>());
        }

        /** The common case: the template names the case (its number, else its id). */
        static Route naming(String template, About about) {
            return of(template).and("caseRef", about.caseRef());
        }

        Route and(String variable, @Nullable Object value) {
            if (value != null) {
                variables.put(variable, String.valueOf(value));
            }
            return this;
        }
    }

    private Optional<List<Notice>> intake(IntakeEvent e) {
        About about = e.about();
        Route route = switch (e.payload()) {
            case IntakePayload.CaseSubmitted p -> Route.naming("case-submitted", about);
            case IntakePayload.CaseNotAccepted p -> Route.naming("case-not-accepted", about)
                    .and("noticeNumber", p.noticeNumber());
            case IntakePayload.CaseAccepted p -> Route.naming("case-accepted", about);
            case IntakePayload.CaseUnderReview p -> Route.naming("case-under-review", about);
            case IntakePayload.SupplementRequested p -> Route.naming("supplement-requested", about);
            case IntakePayload.CaseResubmitted p -> Route.naming("case-resubmitted", about);
            case IntakePayload.CaseApproved p -> Route.naming("case-approved", about);
            case IntakePayload.CaseRejected p -> Route.naming("case-rejected", about);
            case IntakePayload.CaseWithdrawn p -> Route.naming("case-withdrawn", about);
            case IntakePayload.CaseClosed p -> Route.naming("case-closed", about);
            case IntakePayload.AgentFiled p -> Route.naming("agent-filed", about);
            // INT-7: the applicant is told which department now has the case and how to reach it.
            case IntakePayload.CaseHandedOver p -> Route.naming("case-handed-over", about)
                    .and("divisionName", p.toDivisionName()).and("departmentName", p.toDepartmentName())
                    .and("address", p.address()).and("contact", p.contact());
            // Issue 8 (joint approval, supervision, ratings).
            case IntakePayload.TaskDeemedApproved p -> Route.naming("deemed-approved", about);
            // Issue 17: to the member of staff named (the step's holder, the head, a supervisor); yellow or red.
            case IntakePayload.DeadlineWarning p -> Route.of("RED".equals(p.light()) ? "deadline-overdue" : "deadline-warning")
                    .and("what", WarningWording.what(p)).and("ref", about.caseRef() != null ? about.caseRef() : p.itemId())
                    .and("dueOn", p.dueOn());
            case IntakePayload.ComplaintAnswered p -> Route.naming("complaint-answered", about);
            case IntakePayload.RatingFollowUpOpened p -> Route.naming("rating-follow-up", about);
            // Issue 14: a published calendar year moved a date the applicant (or the complainant) was told;
            // the payload names the case number or the complaint's subject.
            case IntakePayload.DeadlinesRecomputed p -> Route.of("deadlines-recomputed").and("ref", p.ref())
                    .and("calendarYear", p.calendarYear());
            // Issue 19: the petitioner (recipientSubject) is told of each written step of their petition (信访).
            case IntakePayload.PetitionReceived p -> Route.of("petition-received").and("acceptanceDue", p.acceptanceDue());
            case IntakePayload.PetitionAccepted p -> Route.of("petition-accepted").and("noticeNumber", p.noticeNumber())
                    .and("dueOn", p.dueOn());
            case IntakePayload.PetitionNotAccepted p -> Route.of("petition-not-accepted")
                    .and("noticeNumber", p.noticeNumber());
            case IntakePayload.PetitionExtended p -> Route.of("petition-extended").and("dueOn", p.dueOn());
            case IntakePayload.PetitionAnswered p -> Route.of("petition-answered");
            // Issue 19, point 2: the 12345 caller is told the department's answer; a caller by phone
            // (recipient hotline-caller:<ticket>) is asked to rate it by replying with a digit.
            case IntakePayload.HotlineTicketAnswered p -> Route.of(isHotlineCaller(about.recipientSubject())
                    ? "hotline-answered" : "hotline-message-answered").and("answer", p.answer() == null ? "" : p.answer());
            // Issue 19, point 1 (SUP-3): the payer is told the payment notice (number, amount, due date), that the
            // payment arrived (the receipt is ready), that a refund is due and that it was made.
            case IntakePayload.PaymentNoticeIssued p -> Route.naming("payment-notice-issued", about)
                    .and("paymentNumber", p.paymentNumber()).and("amountYuan", p.amountYuan()).and("dueOn", p.dueOn());
            case IntakePayload.PaymentReceived p -> Route.naming("payment-received", about)
                    .and("paymentNumber", p.paymentNumber()).and("amountYuan", p.amountYuan());
            case IntakePayload.RefundDue p -> Route.naming("refund-due", about)
                    .and("paymentNumber", p.paymentNumber()).and("amountYuan", p.amountYuan());
            case IntakePayload.PaymentRefunded p -> Route.naming("payment-refunded", about)
                    .and("paymentNumber", p.paymentNumber()).and("amountYuan", p.amountYuan());
            // Nobody is sent an SMS for these: staff see them in the workbench and in supervision.
            case IntakePayload.PaymentMismatchFound p -> null;
            case IntakePayload.JointTaskOpened p -> null;
            case IntakePayload.JointTaskDecided p -> null;
            case IntakePayload.StaffDeadlinesRecomputed p -> null;
            case IntakePayload.CaseRated p -> null;
            case IntakePayload.RatingFollowUpHandled p -> null;
            case IntakePayload.ComplaintFiled p -> null;
            case IntakePayload.ComplaintExtended p -> null;
            case IntakePayload.HotlineTicketReceived p -> null;
            case IntakePayload.HotlineTicketRerouted p -> null;
            case IntakePayload.HotlineTicketRated p -> null;
        };
        if (route == null) {
            return Optional.empty();
        }
        String recipient = about.personToTell();
        if (recipient == null) {
            return Optional.of(List.of());
        }
        // Only the principal's messages fall back to the agent; a staff recipient or a complainant has none.
        String agent = about.recipientSubject() == null ? about.agentSubject() : null;
        return Optional.of(List.of(new Notice(e.eventId(), e.type(), recipient, route.template(), route.variables(),
                agent, about.caseRef(), about.division())));
    }

    /** A 12345 caller known by their phone only: {@code hotline-caller:<ticket id>} (intake opens the number). */
    public static boolean isHotlineCaller(@Nullable String recipient) {
        return recipient != null && recipient.startsWith("hotline-caller:");
    }

    private Optional<List<Notice>> certificate(CertificateEvent e) {
        String template = switch (e.kind()) {
            case CertificateIssued -> "certificate-issued";
            case CertificateSuspended -> "certificate-suspended";
            case CertificateReinstated -> "certificate-reinstated";
            case CertificateRevoked -> "certificate-revoked";
        };
        if (e.holderSubject() == null) {
            return Optional.of(List.of());
        }
        Route route = Route.of(template).and("certificateNumber", e.number());
        return Optional.of(List.of(new Notice(e.eventId(), e.type(), e.holderSubject(), route.template(),
                route.variables(), null, e.number(), null)));
    }

    private Optional<List<Notice>> credit(CreditEvent e) {
        String template = switch (e.kind()) {
            case EntryListed -> "credit-entry-listed";
            case EntryLifted -> "credit-entry-lifted";
            case ObjectionFiled -> "credit-objection-filed";
            case ObjectionDecided -> "credit-objection-decided";
            case RepairDecided -> "credit-repair-decided";
            // Issue 14: an answer date moved later because a calendar year was published (the filer is told the new date).
            case ObjectionDeadlineMoved -> "credit-objection-deadline-moved";
            case RepairDeadlineMoved -> "credit-repair-deadline-moved";
        };
        if (e.recipientSubject() == null) {
            return Optional.of(List.of());
        }
        Route route = Route.of(template).and("dueBy", e.moved() == null ? null : e.moved().dueBy());
        return Optional.of(List.of(new Notice(e.eventId(), e.type(), e.recipientSubject(), route.template(),
                route.variables(), null, e.entryId(), null)));
    }
}
