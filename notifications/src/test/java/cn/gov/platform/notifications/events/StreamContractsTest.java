package cn.gov.platform.notifications.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.events.Decoded;
import cn.gov.platform.events.EventStream;
import cn.gov.platform.events.PlatformEvent;
import cn.gov.platform.events.certificates.CertificateEvent;
import cn.gov.platform.events.certificates.CertificateEvents;
import cn.gov.platform.events.credit.CreditEvent;
import cn.gov.platform.events.credit.CreditEvents;
import cn.gov.platform.events.intake.CaseEvents;
import cn.gov.platform.events.intake.IntakeEvent;
import cn.gov.platform.events.samples.ContractExamples;
import cn.gov.platform.events.samples.RecordedSamples;
import cn.gov.platform.notifications.events.domain.EventRouting;
import cn.gov.platform.notifications.messages.domain.Notice;
import cn.gov.platform.notifications.templates.domain.TemplateText;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contracts of intake -> notifications, certificates -> notifications and credit ->
 * notifications: what each producer writes (every type, as its contract encodes it, and the
 * entries today's producers were recorded writing) is read by this service's decoder and routing
 * into the notice a person gets, from a seeded template whose variables it fills. A producer that
 * renames or drops a field this service reads fails here.
 */
class StreamContractsTest {

    private final EventRouting routing = new EventRouting();
    private final Map<String, TemplateText> seeded = seededTemplates();

    /** Types that tell somebody by SMS; the rest are acknowledged as ignored. */
    private static final Set<String> TOLD = Set.of("CaseSubmitted", "CaseNotAccepted", "CaseAccepted",
            "CaseUnderReview", "SupplementRequested", "CaseResubmitted", "CaseApproved", "CaseRejected", "CaseWithdrawn",
            "CaseClosed", "AgentFiled", "CaseHandedOver", "TaskDeemedApproved", "DeadlineWarning", "ComplaintAnswered",
            "RatingFollowUpOpened", "DeadlinesRecomputed", "CertificateIssued", "CertificateSuspended",
            "CertificateReinstated", "CertificateRevoked", "EntryListed", "EntryLifted", "ObjectionFiled",
            "ObjectionDecided", "RepairDecided", "ObjectionDeadlineMoved", "RepairDeadlineMoved", "PetitionReceived",
            "PetitionAccepted", "PetitionNotAccepted", "PetitionExtended", "PetitionAnswered", "HotlineTicketAnswered",
            "PaymentNoticeIssued", "PaymentReceived", "RefundDue", "PaymentRefunded");

    private static Map<String, TemplateText> seededTemplates() {
        try (InputStream in = StreamContractsTest.class.getResourceAsStream("/templates/seed.json")) {
            JsonNode seed = JsonMapper.builder().build().readTree(in);
            Map<String, TemplateText> templates = new HashMap<>();
            seed.forEach(t -> templates.put(t.path("code").asString(), new TemplateText(t.path("text").asString())));
            return templates;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private <E extends PlatformEvent> E decoded(EventStream<E> contract, Map<String, String> fields) {
        Decoded<E> decoded = contract.decode(fields);
        assertThat(decoded).as(fields.toString()).isInstanceOf(Decoded.Known.class);
        return ((Decoded.Known<E>) decoded).event();
    }

    /** The notice renders from its seeded template with exactly what the event gave. */
    private void assertTold(PlatformEvent event, Notice n) {
        assertThat(seeded).as("seed for " + event.type()).containsKey(n.templateCode());
        assertThat(seeded.get(n.templateCode()).render(n.variables())).as(event.type()).isNotBlank();
        assertThat(n.eventId()).isEqualTo(event.eventId());
        assertThat(n.eventType()).isEqualTo(event.type());
    }

    private void assertRoutedAsExpected(PlatformEvent event) {
        Optional<List<Notice>> notices = routing.route(event);
        if (!TOLD.contains(event.type())) {
            assertThat(notices).as(event.type() + " tells nobody").isEmpty();
            return;
        }
        assertThat(notices).as(event.type()).isPresent();
        notices.get().forEach(n -> assertTold(event, n));
    }

    @Test
    void everyIntakeTypeAsIntakeWritesItIsReadAndRoutedToWhomItConcerns() {
        for (IntakeEvent written : ContractExamples.intake()) {
            IntakeEvent read = decoded(CaseEvents.CONTRACT, CaseEvents.CONTRACT.encode(written));
            assertThat(read).isEqualTo(written);
            assertRoutedAsExpected(read);
        }
        IntakeEvent refusal = decoded(CaseEvents.CONTRACT, CaseEvents.CONTRACT.encode(ContractExamples.intake().stream()
                .filter(e -> e.type().equals("CaseNotAccepted")).findFirst().orElseThrow()));
        Notice n = routing.route(refusal).orElseThrow().getFirst();
        assertThat(n.recipientSubject()).isEqualTo(ContractExamples.APPLICANT);
        assertThat(n.variables()).containsExactlyInAnyOrderEntriesOf(Map.of("caseRef", "640324-2026-N000045",
                "noticeNumber", "640324-2026-N000045"));
    }

    @Test
    void anAgentsCaseTellsThePrincipalAndKeepsTheAgentAndAComplaintTellsTheComplainant() {
        Map<String, Notice> byEvent = new HashMap<>();
        for (IntakeEvent e : ContractExamples.intake()) {
            routing.route(decoded(CaseEvents.CONTRACT, CaseEvents.CONTRACT.encode(e)))
                    .ifPresent(list -> list.forEach(n -> byEvent.put(e.eventId(), n)));
        }
        assertThat(byEvent.get("e-agent").recipientSubject()).isEqualTo(ContractExamples.APPLICANT);
        assertThat(byEvent.get("e-agent").agentSubject()).isEqualTo(ContractExamples.AGENT);
        assertThat(byEvent.get("e-agent").variables()).containsEntry("caseRef", ContractExamples.CASE_ID);
        assertThat(byEvent.get("e-complaint-answered").recipientSubject()).isEqualTo(ContractExamples.COMPLAINANT);
        assertThat(byEvent.get("e-complaint-answered").agentSubject()).isNull();
        assertThat(byEvent.get("e-recomputed-complaint").variables()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ref", "同心县市场监督管理局", "calendarYear", "2027"));
    }

    @Test
    void everyCertificateTypeAsTheRegistryWritesItTellsTheHolderTheCertificatesNumber() {
        for (CertificateEvent written : ContractExamples.certificates()) {
            CertificateEvent read = decoded(CertificateEvents.CONTRACT, CertificateEvents.CONTRACT.encode(written));
            assertThat(read).isEqualTo(written);
            assertRoutedAsExpected(read);
            Notice n = routing.route(read).orElseThrow().getFirst();
            assertThat(n.recipientSubject()).isEqualTo(ContractExamples.APPLICANT);
            assertThat(n.variables()).containsExactlyEntriesOf(Map.of("certificateNumber", "640324-SPJY-2026-000001"));
        }
    }

    @Test
    void everyCreditTypeAsCreditWritesItTellsTheFilerAndAMovedDateNamesTheNewDate() {
        for (CreditEvent written : ContractExamples.credit()) {
            CreditEvent read = decoded(CreditEvents.CONTRACT, CreditEvents.CONTRACT.encode(written));
            assertThat(read).isEqualTo(written);
            assertRoutedAsExpected(read);
        }
        CreditEvent moved = decoded(CreditEvents.CONTRACT, CreditEvents.CONTRACT.encode(ContractExamples.credit().get(5)));
        assertThat(routing.route(moved).orElseThrow().getFirst().variables())
                .containsExactlyEntriesOf(Map.of("dueBy", "2027-01-15"));
    }

    @Test
    void everyEntryTodaysIntakeWasRecordedWritingIsReadAndRoutedWithEveryVariableItsTemplateNeeds() {
        for (Map<String, String> entry : RecordedSamples.of(CaseEvents.STREAM)) {
            IntakeEvent read = decoded(CaseEvents.CONTRACT, entry);
            if (read.about().caseRef() == null && read.type().equals("ComplaintAnswered")) {
                // Known gap, as before the library: the answer to a complaint about a department (no
                // case) is routed, but its template names a case, so it cannot be rendered and ends
                // in the dead letters. Left for the templates' owner; everything else must render.
                assertThat(routing.route(read)).isPresent();
                continue;
            }
            assertRoutedAsExpected(read);
            routing.route(read).ifPresent(list -> list.forEach(n -> {
                assertThat(n.recipientSubject()).isEqualTo(entry.getOrDefault("recipientSubject",
                        entry.get("applicantSubject")));
                assertThat(n.caseRef()).isEqualTo(entry.getOrDefault("caseNumber", entry.get("caseId")));
            }));
        }
    }

    @Test
    void everyEntryTodaysRegistryAndCreditWereRecordedWritingIsReadAndRouted() {
        for (Map<String, String> entry : RecordedSamples.of(CertificateEvents.STREAM)) {
            CertificateEvent read = decoded(CertificateEvents.CONTRACT, entry);
            assertRoutedAsExpected(read);
            assertThat(routing.route(read).orElseThrow().getFirst().variables())
                    .containsEntry("certificateNumber", entry.get("number"));
        }
        for (Map<String, String> entry : RecordedSamples.of(CreditEvents.STREAM)) {
            CreditEvent read = decoded(CreditEvents.CONTRACT, entry);
            assertRoutedAsExpected(read);
            routing.route(read).ifPresent(list -> list.forEach(n -> {
                assertThat(n.recipientSubject()).isEqualTo(entry.get("recipientSubject"));
                if (entry.containsKey("dueBy")) {
                    assertThat(n.variables()).containsEntry("dueBy", entry.get("dueBy"));
                }
            }));
        }
    }
}
