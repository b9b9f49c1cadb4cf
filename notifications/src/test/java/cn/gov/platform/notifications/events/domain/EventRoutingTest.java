package cn.gov.platform.notifications.events.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.events.certificates.CertificateEvent;
import cn.gov.platform.events.credit.CreditEvent;
import cn.gov.platform.events.intake.About;
import cn.gov.platform.events.intake.IntakeEvent;
import cn.gov.platform.events.intake.IntakePayload;
import cn.gov.platform.notifications.messages.domain.Notice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventRoutingTest {

    private static final Instant AT = Instant.parse("2026-11-22T02:00:00Z");
    private final EventRouting routing = new EventRouting();

    private static About principalsCase() {
        return About.aCase("c-1", "640324-2026-0000001", "SC-001", "principal", null, "640324", "market");
    }

    private static IntakeEvent caseEvent(About about, IntakePayload payload) {
        return new IntakeEvent("e-1", AT, about, payload);
    }

    @Test
    void aCaseEventGoesToTheApplicantWithTheCaseNumber() {
        Notice n = routing.route(caseEvent(principalsCase(), new IntakePayload.CaseAccepted(null, null, List.of(),
                "CHECKED"))).orElseThrow().getFirst();
        assertThat(n.recipientSubject()).isEqualTo("principal");
        assertThat(n.templateCode()).isEqualTo("case-accepted");
        assertThat(n.variables()).containsExactlyEntriesOf(Map.of("caseRef", "640324-2026-0000001"));
        assertThat(n.agentSubject()).isNull();
        assertThat(n.division()).isEqualTo("640324");
    }

    @Test
    void anAgentsFilingTellsThePrincipalAndRemembersTheAgentAsFallback() {
        About filedByAgent = About.aCase("c-1", null, "SC-001", "principal", "agent", "640324", "market");
        Notice n = routing.route(caseEvent(filedByAgent, new IntakePayload.AgentFiled("m-1"))).orElseThrow().getFirst();
        assertThat(n.recipientSubject()).isEqualTo("principal");
        assertThat(n.templateCode()).isEqualTo("agent-filed");
        assertThat(n.agentSubject()).isEqualTo("agent");
    }

    @Test
    void aCaseWithoutNumberYetIsNamedByItsId() {
        About noNumber = About.aCase("c-1", null, "SC-001", "principal", null, "640324", "market");
        Notice n = routing.route(caseEvent(noNumber, new IntakePayload.CaseSubmitted(List.of()))).orElseThrow()
                .getFirst();
        assertThat(n.variables()).containsEntry("caseRef", "c-1");
    }

    @Test
    void theNoticeNumberOfARefusalComesFromThePayload() {
        Notice n = routing.route(caseEvent(principalsCase(), new IntakePayload.CaseNotAccepted("640324-2026-N000045",
                "r", List.of()))).orElseThrow().getFirst();
        assertThat(n.variables()).containsEntry("noticeNumber", "640324-2026-N000045");
    }

    @Test
    void anEventNamingSomeoneElseGoesToThemAndHasNoAgentFallback() {
        About toStaff = new About("c-1", "640324-2026-0000001", "SC-001", "principal", "agent", "clerk", "640324",
                "market");
        Notice n = routing.route(caseEvent(toStaff, new IntakePayload.DeadlineWarning("CASE", "c-1", "RED",
                LocalDate.parse("2026-11-30"), null))).orElseThrow().getFirst();
        assertThat(n.recipientSubject()).isEqualTo("clerk");
        assertThat(n.templateCode()).isEqualTo("deadline-overdue");
        assertThat(n.agentSubject()).isNull();
    }

    @Test
    void aYellowWarningToTheHeadSaysWhoseStepOfWhichItemFallsDueWhen() {
        About toHead = About.supervision("c-1", "640324-2026-0000001", "SCJG-002", "head-1", "640324000000", "market");
        Notice n = routing.route(caseEvent(toHead, new IntakePayload.DeadlineWarning("STEP", "c-1/step/1", "YELLOW",
                LocalDate.parse("2026-11-30"), "食品经营许可", "REVIEWER", "HEAD"))).orElseThrow().getFirst();

        assertThat(n.recipientSubject()).isEqualTo("head-1");
        assertThat(n.templateCode()).isEqualTo("deadline-warning");
        assertThat(n.variables()).containsEntry("what", "本部门办件审核环节“食品经营许可”")
                .containsEntry("ref", "640324-2026-0000001").containsEntry("dueOn", "2026-11-30");
    }

    @Test
    void aSubmissionNotYetAcceptedIsNamedByItsIdAndAComplaintAboutADepartmentByItsItem() {
        About submission = About.supervision("c-2", null, "SCJG-002", "clerk-1", "640324000000", "market");
        Notice n = routing.route(caseEvent(submission, new IntakePayload.DeadlineWarning("ACCEPTANCE",
                "c-2/acceptance", "RED", LocalDate.parse("2026-11-30"), "食品经营许可", "HANDLER", "HOLDER")))
                .orElseThrow().getFirst();
        assertThat(n.variables()).containsEntry("what", "待受理申请“食品经营许可”").containsEntry("ref", "c-2");

        About complaint = About.supervision(null, null, null, "supervisor-1", "640324000000", "market");
        Notice c = routing.route(caseEvent(complaint, new IntakePayload.DeadlineWarning("COMPLAINT", "complaint:cp-9",
                "RED", LocalDate.parse("2026-11-30"), null, null, "SUPERVISOR"))).orElseThrow().getFirst();
        assertThat(c.variables()).containsEntry("what", "辖区内效能投诉").containsEntry("ref", "complaint:cp-9");
    }

    @Test
    void aWarningToADepartmentTellsNobodyBySms() {
        About department = About.supervision("c-1", "640324-2026-0000001", "SC-001", null, "640324", "market");
        assertThat(routing.route(caseEvent(department, new IntakePayload.DeadlineWarning("CASE", "c-1", "RED",
                LocalDate.parse("2026-11-30"), null)))).contains(List.of());
    }

    @Test
    void aCertificateEventGoesToItsHolder() {
        Notice n = routing.route(new CertificateEvent("e-2", CertificateEvent.Type.CertificateRevoked,
                "640324-BL-2026-000001", "BL", "holder", AT, "依法撤销")).orElseThrow().getFirst();
        assertThat(n.recipientSubject()).isEqualTo("holder");
        assertThat(n.templateCode()).isEqualTo("certificate-revoked");
        assertThat(n.variables()).containsExactlyEntriesOf(Map.of("certificateNumber", "640324-BL-2026-000001"));
    }

    @Test
    void aCreditEventWithoutRecipientTellsNobody() {
        assertThat(routing.route(new CreditEvent("e-3", CreditEvent.Type.EntryListed, "x", null, AT, null)))
                .contains(List.of());
    }

    @Test
    void aRecomputedDeadlineTellsTheApplicantOrTheComplainantWhichYearMovedWhichCaseOrComplaint() {
        IntakePayload.DeadlinesRecomputed moved = IntakePayload.DeadlinesRecomputed.ofCase(2027, 1,
                "640324-2026-0000007", "promised:2027-01-05>2027-01-06", LocalDate.parse("2027-01-06"), null);
        About complaint = About.supervision("c-1", "640324-2026-0000007", "SC-001", "complainant", "640324", "market");

        Notice toApplicant = routing.route(caseEvent(principalsCase(), moved)).orElseThrow().getFirst();
        Notice toComplainant = routing.route(caseEvent(complaint, moved)).orElseThrow().getFirst();

        assertThat(toApplicant.recipientSubject()).isEqualTo("principal");
        assertThat(toApplicant.templateCode()).isEqualTo("deadlines-recomputed");
        assertThat(toApplicant.variables()).containsExactlyInAnyOrderEntriesOf(Map.of("ref", "640324-2026-0000007",
                "calendarYear", "2027"));
        assertThat(toComplainant.recipientSubject()).isEqualTo("complainant");
        assertThat(routing.route(caseEvent(principalsCase(), new IntakePayload.StaffDeadlinesRecomputed(2027, 1,
                "640324-2026-0000007", "task x:2027-01-05>2027-01-06", null, null))))
                .as("only staff dates moved: nobody is told by SMS").isEmpty();
    }

    @Test
    void aMovedObjectionDeadlineTellsTheFilerTheNewDate() {
        Notice n = routing.route(new CreditEvent("e-4", CreditEvent.Type.ObjectionDeadlineMoved, "E1", "filer", AT,
                new CreditEvent.DueDateMoved("P1", LocalDate.parse("2027-01-12"), LocalDate.parse("2027-01-15"))))
                .orElseThrow().getFirst();
        assertThat(n.recipientSubject()).isEqualTo("filer");
        assertThat(n.templateCode()).isEqualTo("credit-objection-deadline-moved");
        assertThat(n.variables()).containsExactlyEntriesOf(Map.of("dueBy", "2027-01-15"));
    }

    @Test
    void aHandedOverCaseTellsTheApplicantTheReceivingDepartmentWithItsAddressAndContact() {
        About atYuhai = About.aCase("c-1", null, "SC-001", "principal", "agent", "640324100000", "yuhai");
        Notice n = routing.route(caseEvent(atYuhai, new IntakePayload.CaseHandedOver("同心县市场监督管理局", "豫海镇",
                "豫海镇便民服务中心", "豫海镇便民服务中心一楼综合窗口", "0953-8010000"))).orElseThrow().getFirst();

        assertThat(n.recipientSubject()).isEqualTo("principal");
        assertThat(n.agentSubject()).isEqualTo("agent");
        assertThat(n.templateCode()).isEqualTo("case-handed-over");
        assertThat(n.variables()).containsExactlyInAnyOrderEntriesOf(Map.of("caseRef", "c-1", "divisionName", "豫海镇",
                "departmentName", "豫海镇便民服务中心", "address", "豫海镇便民服务中心一楼综合窗口", "contact", "0953-8010000"));
    }

    @Test
    void aTypeNobodyIsToldAboutHasNoRoute() {
        assertThat(routing.route(caseEvent(principalsCase(), new IntakePayload.CaseRated("c-1", 5)))).isEmpty();
    }

    private static IntakeEvent hotline(String recipient, IntakePayload payload) {
        return new IntakeEvent("e-h", AT, About.supervision(null, null, null, recipient, "640324000000",
                "county-market-regulation"), payload);
    }

    @Test
    void aHotlineAnswerGoesToTheCallersPhoneWithTheAnswerAndTheRatingRequest() {
        Notice n = routing.route(hotline("hotline-caller:t-1", new IntakePayload.HotlineTicketAnswered("t-1", true,
                "已责令整改。"))).orElseThrow().getFirst();

        assertThat(n.recipientSubject()).isEqualTo("hotline-caller:t-1");
        assertThat(n.templateCode()).isEqualTo("hotline-answered");
        assertThat(n.variables()).containsExactlyEntriesOf(Map.of("answer", "已责令整改。"));
        assertThat(n.agentSubject()).isNull();
    }

    @Test
    void aPortalMessagesAnswerGoesToTheCitizenWithoutARatingRequest() {
        Notice n = routing.route(hotline("citizen-1", new IntakePayload.HotlineTicketAnswered("t-2", false, "感谢建议。")))
                .orElseThrow().getFirst();

        assertThat(n.recipientSubject()).isEqualTo("citizen-1");
        assertThat(n.templateCode()).isEqualTo("hotline-message-answered");
        assertThat(n.variables()).containsEntry("answer", "感谢建议。");
    }

    @Test
    void nobodyIsSentAnSmsWhenATicketIsReceivedReRoutedOrRated() {
        assertThat(routing.route(hotline(null, new IntakePayload.HotlineTicketReceived("t-1", "COMPLAINT",
                LocalDate.of(2026, 3, 16))))).isEmpty();
        assertThat(routing.route(hotline(null, new IntakePayload.HotlineTicketRerouted("t-1", "county-health",
                LocalDate.of(2026, 3, 16))))).isEmpty();
        assertThat(routing.route(hotline(null, new IntakePayload.HotlineTicketRated("t-1", 4)))).isEmpty();
    }
}
