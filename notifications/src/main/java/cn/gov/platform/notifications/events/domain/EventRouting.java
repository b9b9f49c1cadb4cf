package cn.gov.platform.notifications.events.domain;

import cn.gov.platform.notifications.messages.domain.Notice;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which event types are told to whom with which template (NOT-1, INT-10). A case event goes to
 * the applicant (the principal, also when an agent filed), or to the event's
 * {@code recipientSubject} when it names someone else (staff for a deadline warning); a
 * certificate event to its holder; a credit event to its {@code recipientSubject} if it has one.
 * An unknown type has no route: it is acknowledged and counted, never an error.
 */
public final class EventRouting {

    /** Where a type goes and which of the event's fields fill which template variable. */
    private record Route(String templateCode, Recipient recipient, Map<String, String> variableFromField) {
    }

    private enum Recipient {
        CASE_APPLICANT, CERTIFICATE_HOLDER, CREDIT_RECIPIENT
    }

    private static final Map<String, Route> ROUTES = new HashMap<>();

    static {
        Map<String, String> caseRef = Map.of("caseRef", "caseRef");
        caseCase("CaseSubmitted", "case-submitted", caseRef);
        caseCase("CaseNotAccepted", "case-not-accepted", Map.of("caseRef", "caseRef", "noticeNumber", "payload.noticeNumber"));
        caseCase("CaseAccepted", "case-accepted", caseRef);
        caseCase("CaseUnderReview", "case-under-review", caseRef);
        caseCase("SupplementRequested", "supplement-requested", caseRef);
        caseCase("CaseResubmitted", "case-resubmitted", caseRef);
        caseCase("CaseApproved", "case-approved", caseRef);
        caseCase("CaseRejected", "case-rejected", caseRef);
        caseCase("CaseWithdrawn", "case-withdrawn", caseRef);
        caseCase("CaseClosed", "case-closed", caseRef);
        caseCase("AgentFiled", "agent-filed", caseRef);
        // Issue 8 (joint approval, supervision, ratings).
        caseCase("TaskDeemedApproved", "deemed-approved", caseRef);
        caseCase("DeadlineWarning", "deadline-warning", caseRef);
        caseCase("ComplaintAnswered", "complaint-answered", caseRef);
        caseCase("RatingFollowUpOpened", "rating-follow-up", caseRef);
        // Issue 14: a published calendar year moved a date the applicant (or the complainant, named by
        // recipientSubject) was told; the payload names the case number or the complaint's subject.
        caseCase("DeadlinesRecomputed", "deadlines-recomputed",
                Map.of("ref", "payload.ref", "calendarYear", "payload.calendarYear"));

        Map<String, String> number = Map.of("certificateNumber", "number");
        ROUTES.put("CertificateIssued", new Route("certificate-issued", Recipient.CERTIFICATE_HOLDER, number));
        ROUTES.put("CertificateSuspended", new Route("certificate-suspended", Recipient.CERTIFICATE_HOLDER, number));
        ROUTES.put("CertificateReinstated", new Route("certificate-reinstated", Recipient.CERTIFICATE_HOLDER, number));
        ROUTES.put("CertificateRevoked", new Route("certificate-revoked", Recipient.CERTIFICATE_HOLDER, number));

        for (String[] t : new String[][] { { "EntryListed", "credit-entry-listed" }, { "EntryLifted", "credit-entry-lifted" },
                { "ObjectionFiled", "credit-objection-filed" }, { "ObjectionDecided", "credit-objection-decided" },
                { "RepairDecided", "credit-repair-decided" } }) {
            ROUTES.put(t[0], new Route(t[1], Recipient.CREDIT_RECIPIENT, Map.of()));
        }
        // Issue 14: an answer date moved later because a calendar year was published (the filer is told the new date).
        ROUTES.put("ObjectionDeadlineMoved", new Route("credit-objection-deadline-moved", Recipient.CREDIT_RECIPIENT,
                Map.of("dueBy", "dueBy")));
        ROUTES.put("RepairDeadlineMoved", new Route("credit-repair-deadline-moved", Recipient.CREDIT_RECIPIENT,
                Map.of("dueBy", "dueBy")));
    }

    private static void caseCase(String type, String template, Map<String, String> variables) {
        ROUTES.put(type, new Route(template, Recipient.CASE_APPLICANT, variables));
    }

    /** The types this service knows. */
    public static java.util.Set<String> knownTypes() {
        return java.util.Set.copyOf(ROUTES.keySet());
    }

    /**
     * The notices of one event: empty for an unknown type or an event without a recipient.
     * {@code payload} is the event's JSON payload already parsed into strings (case events).
     */
    public Optional<List<Notice>> route(InboundEvent e, Map<String, String> payload) {
        Route route = ROUTES.get(e.type());
        if (route == null) {
            return Optional.empty();
        }
        String recipient = switch (route.recipient()) {
            case CASE_APPLICANT -> firstOf(e.field("recipientSubject"), e.field("applicantSubject"));
            case CERTIFICATE_HOLDER -> e.field("holderSubject");
            case CREDIT_RECIPIENT -> e.field("recipientSubject");
        };
        if (recipient == null) {
            return Optional.of(List.of());
        }
        String caseRef = route.recipient() == Recipient.CASE_APPLICANT ? firstOf(e.field("caseNumber"), e.field("caseId"))
                : route.recipient() == Recipient.CERTIFICATE_HOLDER ? e.field("number") : e.field("entryId");
        Map<String, String> variables = new HashMap<>();
        route.variableFromField().forEach((variable, source) -> {
            String value = source.equals("caseRef") ? caseRef
                    : source.startsWith("payload.") ? payload.get(source.substring("payload.".length())) : e.field(source);
            if (value != null) {
                variables.put(variable, value);
            }
        });
        // Only the principal's messages fall back to the agent; a staff recipient has no agent.
        String agent = route.recipient() == Recipient.CASE_APPLICANT && e.field("recipientSubject") == null
                ? e.field("agentSubject") : null;
        return Optional.of(List.of(new Notice(e.eventId(), e.type(), recipient, route.templateCode(), variables, agent,
                caseRef, e.field("division"))));
    }

    private static @Nullable String firstOf(@Nullable String a, @Nullable String b) {
        return a != null ? a : b;
    }
}
