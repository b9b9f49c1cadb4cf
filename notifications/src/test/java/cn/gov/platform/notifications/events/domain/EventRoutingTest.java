package cn.gov.platform.notifications.events.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.notifications.messages.domain.Notice;
import cn.gov.platform.notifications.templates.domain.TemplateText;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventRoutingTest {

    private final EventRouting routing = new EventRouting();

    private static InboundEvent caseEvent(String type, Map<String, String> extra) {
        Map<String, String> fields = new HashMap<>(Map.of("eventId", "e-1", "type", type, "caseId", "c-1",
                "caseNumber", "640324-2026-0000001", "itemCode", "SC-001", "applicantSubject", "principal",
                "division", "640324", "department", "market", "occurredAt", "2026-11-22T02:00:00Z"));
        fields.putAll(extra);
        return new InboundEvent("intake.case-events", "e-1", type, fields);
    }

    @Test
    void aCaseEventGoesToTheApplicantWithTheCaseNumber() {
        Notice n = routing.route(caseEvent("CaseAccepted", Map.of()), Map.of()).orElseThrow().getFirst();
        assertThat(n.recipientSubject()).isEqualTo("principal");
        assertThat(n.templateCode()).isEqualTo("case-accepted");
        assertThat(n.variables()).containsExactlyEntriesOf(Map.of("caseRef", "640324-2026-0000001"));
        assertThat(n.agentSubject()).isNull();
    }

    @Test
    void anAgentsFilingTellsThePrincipalAndRemembersTheAgentAsFallback() {
        Notice n = routing.route(caseEvent("AgentFiled", Map.of("agentSubject", "agent")), Map.of()).orElseThrow().getFirst();
        assertThat(n.recipientSubject()).isEqualTo("principal");
        assertThat(n.templateCode()).isEqualTo("agent-filed");
        assertThat(n.agentSubject()).isEqualTo("agent");
    }

    @Test
    void aCaseWithoutNumberYetIsNamedByItsId() {
        InboundEvent e = caseEvent("CaseSubmitted", Map.of());
        Map<String, String> fields = new HashMap<>(e.fields());
        fields.remove("caseNumber");
        Notice n = routing.route(new InboundEvent(e.stream(), "e-1", "CaseSubmitted", fields), Map.of()).orElseThrow().getFirst();
        assertThat(n.variables()).containsEntry("caseRef", "c-1");
    }

    @Test
    void theNoticeNumberOfARefusalComesFromThePayload() {
        Notice n = routing.route(caseEvent("CaseNotAccepted", Map.of()), Map.of("noticeNumber", "640324-2026-N000045"))
                .orElseThrow().getFirst();
        assertThat(n.variables()).containsEntry("noticeNumber", "640324-2026-N000045");
    }

    @Test
    void aDeadlineWarningGoesToTheStaffItNamesAndHasNoAgentFallback() {
        Notice n = routing.route(caseEvent("DeadlineWarning", Map.of("recipientSubject", "clerk", "agentSubject", "agent")),
                Map.of()).orElseThrow().getFirst();
        assertThat(n.recipientSubject()).isEqualTo("clerk");
        assertThat(n.templateCode()).isEqualTo("deadline-warning");
        assertThat(n.agentSubject()).isNull();
    }

    @Test
    void aCertificateEventGoesToItsHolder() {
        InboundEvent e = new InboundEvent("certificates.events", "e-2", "CertificateRevoked", Map.of("eventId", "e-2",
                "type", "CertificateRevoked", "number", "640324-BL-2026-000001", "typeCode", "BL", "holderSubject", "holder"));
        Notice n = routing.route(e, Map.of()).orElseThrow().getFirst();
        assertThat(n.recipientSubject()).isEqualTo("holder");
        assertThat(n.variables()).containsEntry("certificateNumber", "640324-BL-2026-000001");
    }

    @Test
    void aCreditEventWithoutRecipientTellsNobody() {
        InboundEvent e = new InboundEvent("credit.events", "e-3", "EntryListed", Map.of("eventId", "e-3", "type", "EntryListed",
                "entryId", "x"));
        assertThat(routing.route(e, Map.of())).contains(List.of());
    }

    @Test
    void aRecomputedDeadlineTellsTheApplicantOrTheComplainantWhichYearMovedWhichCaseOrComplaint() {
        Map<String, String> payload = Map.of("ref", "640324-2026-0000007", "calendarYear", "2027",
                "calendarVersion", "1", "promisedDue", "2027-01-06");
        Notice toApplicant = routing.route(caseEvent("DeadlinesRecomputed", Map.of()), payload).orElseThrow().getFirst();
        Notice toComplainant = routing.route(caseEvent("DeadlinesRecomputed", Map.of("recipientSubject", "complainant")),
                payload).orElseThrow().getFirst();

        assertThat(toApplicant.recipientSubject()).isEqualTo("principal");
        assertThat(toApplicant.templateCode()).isEqualTo("deadlines-recomputed");
        assertThat(toApplicant.variables()).containsExactlyInAnyOrderEntriesOf(Map.of("ref", "640324-2026-0000007",
                "calendarYear", "2027"));
        assertThat(toComplainant.recipientSubject()).isEqualTo("complainant");
        assertThat(routing.route(caseEvent("StaffDeadlinesRecomputed", Map.of()), payload))
                .as("only staff dates moved: nobody is told by SMS").isEmpty();
    }

    @Test
    void aMovedObjectionDeadlineTellsTheFilerTheNewDate() {
        InboundEvent e = new InboundEvent("credit.events", "e-4", "ObjectionDeadlineMoved", Map.of("eventId", "e-4",
                "type", "ObjectionDeadlineMoved", "entryId", "E1", "recipientSubject", "filer", "petitionId", "P1",
                "previousDueBy", "2027-01-12", "dueBy", "2027-01-15", "occurredAt", "2026-12-10T02:00:00Z"));
        Notice n = routing.route(e, Map.of()).orElseThrow().getFirst();
        assertThat(n.recipientSubject()).isEqualTo("filer");
        assertThat(n.templateCode()).isEqualTo("credit-objection-deadline-moved");
        assertThat(n.variables()).containsExactlyEntriesOf(Map.of("dueBy", "2027-01-15"));
    }

    @Test
    void anUnknownTypeHasNoRoute() {
        assertThat(routing.route(caseEvent("SomethingNew", Map.of()), Map.of())).isEmpty();
    }

    /** Every route's template is seeded, and renders with exactly the variables the route gives. */
    @Test
    void everyRoutedTemplateIsSeededAndFitsTheRoutesVariables() throws Exception {
        JsonNode seed;
        try (InputStream in = getClass().getResourceAsStream("/templates/seed.json")) {
            seed = JsonMapper.builder().build().readTree(in);
        }
        Map<String, TemplateText> seeded = new HashMap<>();
        seed.forEach(t -> seeded.put(t.path("code").asString(), new TemplateText(t.path("text").asString())));
        for (String type : EventRouting.knownTypes()) {
            InboundEvent e = new InboundEvent("any", "e", type, Map.of("eventId", "e", "type", type, "caseId", "c",
                    "caseNumber", "n", "applicantSubject", "p", "holderSubject", "h", "recipientSubject", "r", "number", "num",
                    "entryId", "en", "dueBy", "2027-01-15"));
            for (Notice n : routing.route(e, Map.of("noticeNumber", "N1", "ref", "R1", "calendarYear", "2027"))
                    .orElseThrow()) {
                assertThat(seeded).as("seed for " + type).containsKey(n.templateCode());
                assertThat(seeded.get(n.templateCode()).render(n.variables())).isNotBlank();
            }
        }
        assertThat(seeded.get("principal-unreachable").render(Map.of("caseRef", "x"))).contains("x");
    }
}
