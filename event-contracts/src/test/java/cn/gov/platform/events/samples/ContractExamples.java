package cn.gov.platform.events.samples;

import cn.gov.platform.events.certificates.CertificateEvent;
import cn.gov.platform.events.credit.CreditEvent;
import cn.gov.platform.events.intake.About;
import cn.gov.platform.events.intake.IntakeEvent;
import cn.gov.platform.events.intake.IntakePayload;
import cn.gov.platform.events.intake.IntakePayload.CreditCitation;
import cn.gov.platform.events.intake.IntakePayload.JointTask;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One event of every type of every stream, as its producer makes it: the producer side of each
 * contract test (the consumer decodes what the stream's contract encodes from these). Shared with
 * the services' contract tests through this module's test jar.
 */
public final class ContractExamples {

    public static final Instant AT = Instant.parse("2026-03-10T02:15:30.123Z");
    public static final String APPLICANT = "5d3c8f0e-2b41-3f7a-9c1e-7a0d2e4b6c81";
    public static final String AGENT = "9a1b2c3d-4e5f-3a6b-8c7d-0e1f2a3b4c5d";
    public static final String COMPLAINANT = "1f2e3d4c-5b6a-3978-8675-a4b3c2d1e0f9";
    public static final String CASE_ID = "f789ece8-636c-365e-8752-bac1306c04d5";
    public static final String CASE_NUMBER = "640324-2026-0000123";
    public static final String DIVISION = "640324000000";
    public static final String DEPARTMENT = "county-market-regulation";

    private ContractExamples() {
    }

    /** A case of an applicant who filed themselves. */
    public static About aCase() {
        return About.aCase(CASE_ID, CASE_NUMBER, "SCJG-001", APPLICANT, null, DIVISION, DEPARTMENT);
    }

    /** A case an agent filed for the applicant (INT-10), before it had a number. */
    public static About anAgentsCase() {
        return About.aCase(CASE_ID, null, "SCJG-001", APPLICANT, AGENT, DIVISION, DEPARTMENT);
    }

    private static IntakeEvent event(String id, About about, IntakePayload payload) {
        return new IntakeEvent("e-" + id, AT, about, payload);
    }

    /** Every type of {@code intake.case-events}, some more than once (a case and a complaint, with and without options). */
    public static List<IntakeEvent> intake() {
        JointTask task = new JointTask("t-1", "county-health", "同心县卫生健康局", DIVISION, LocalDate.parse("2026-03-24"));
        About rating = About.supervision(CASE_ID, CASE_NUMBER, "SCJG-001", null, DIVISION, DEPARTMENT);
        About complaint = About.supervision(CASE_ID, CASE_NUMBER, "SCJG-001", COMPLAINANT, DIVISION, DEPARTMENT);
        About departmentComplaint = About.supervision(null, null, null, COMPLAINANT, DIVISION, DEPARTMENT);
        About warning = About.supervision(CASE_ID, CASE_NUMBER, "SCJG-001", null, DIVISION, DEPARTMENT);
        About petition = About.supervision(null, null, null, APPLICANT, DIVISION, DEPARTMENT);
        About hotline = About.supervision(null, null, null, null, DIVISION, DEPARTMENT);
        About hotlineCaller = About.supervision(null, null, null, "hotline-caller:t-12", DIVISION, DEPARTMENT);
        return List.of(
                event("submitted", anAgentsCase(), new IntakePayload.CaseSubmitted(List.of("premises-layout", "safety-rules"))),
                event("submitted-complete", aCase(), new IntakePayload.CaseSubmitted(List.of())),
                event("agent", anAgentsCase(), new IntakePayload.AgentFiled("mandate-9")),
                event("agent-no-mandate", anAgentsCase(), new IntakePayload.AgentFiled(null)),
                event("resubmitted", aCase(), new IntakePayload.CaseResubmitted(LocalDate.parse("2026-03-20"),
                        LocalDate.parse("2026-04-07"))),
                event("withdrawn", aCase(), new IntakePayload.CaseWithdrawn("不再需要 | no longer needed")),
                event("supplement", aCase(), new IntakePayload.SupplementRequested(List.of("premises-layout"), true)),
                event("not-accepted", About.aCase(CASE_ID, "640324-2026-N000045", "SCJG-001", APPLICANT, null, DIVISION,
                        DEPARTMENT), new IntakePayload.CaseNotAccepted("640324-2026-N000045", "材料不全 | incomplete",
                        List.of("safety-rules"))),
                event("accepted", aCase(), new IntakePayload.CaseAccepted(LocalDate.parse("2026-03-13"),
                        LocalDate.parse("2026-04-07"), List.of("safety-rules"), "CHECKED")),
                event("accepted-plain", aCase(), new IntakePayload.CaseAccepted(LocalDate.parse("2026-03-13"),
                        LocalDate.parse("2026-04-07"), List.of(), "NOT_REQUIRED")),
                event("under-review", aCase(), new IntakePayload.CaseUnderReview("REVIEWER")),
                event("approved", aCase(), new IntakePayload.CaseApproved("符合条件 | meets the conditions", true, null,
                        new CreditCitation("chk-1", List.of("m-1", "m-2"), List.of("en-7")))),
                event("approved-plain", aCase(), new IntakePayload.CaseApproved("符合条件", false, "《食品经营许可管理办法》",
                        null)),
                event("rejected", aCase(), new IntakePayload.CaseRejected("不符合条件 | does not meet the conditions",
                        true, "《食品安全法》第三十五条", null)),
                event("closed", aCase(), new IntakePayload.CaseClosed()),
                event("handed-over", About.aCase(CASE_ID, null, "SCJG-001", APPLICANT, null, "640324100000",
                        "yuhai-town-service-center"), new IntakePayload.CaseHandedOver("同心县市场监督管理局", "豫海镇",
                        "豫海镇便民服务中心", "豫海镇便民服务中心一楼综合窗口", "0953-8010000")),
                event("task-opened", aCase(), new IntakePayload.JointTaskOpened(task)),
                event("task-decided", aCase(), new IntakePayload.JointTaskDecided(task, "REJECTED", "不同意",
                        "《食品安全法》")),
                event("task-deemed", aCase(), new IntakePayload.TaskDeemedApproved(task, "DEEMED_APPROVED",
                        "逾期未作出意见，视为同意（超时默认）| no decision by 2026-03-24: deemed approved", "并联审批规则")),
                event("recomputed", aCase(), IntakePayload.DeadlinesRecomputed.ofCase(2027, 2, CASE_NUMBER,
                        "PROMISED:2027-01-05>2027-01-06", LocalDate.parse("2027-01-06"), LocalDate.parse("2027-01-20"))),
                event("recomputed-complaint", complaint, IntakePayload.DeadlinesRecomputed.ofComplaint(2027, 2,
                        "同心县市场监督管理局", "COMPLAINT:2027-01-05>2027-01-07", "c-77", LocalDate.parse("2027-01-07"),
                        LocalDate.parse("2027-01-05"))),
                event("staff-recomputed", aCase(), new IntakePayload.StaffDeadlinesRecomputed(2027, 2, CASE_NUMBER,
                        "TASK county-health:2027-01-05>2027-01-06", null, null)),
                event("warning", warning, new IntakePayload.DeadlineWarning("CASE", CASE_ID, "YELLOW",
                        LocalDate.parse("2026-03-13"), "食品经营许可")),
                event("warning-to-step-holder", About.supervision(CASE_ID, CASE_NUMBER, "SCJG-001", "staff-11", DIVISION,
                        DEPARTMENT), new IntakePayload.DeadlineWarning("STEP", CASE_ID + "/step/1", "RED",
                        LocalDate.parse("2026-03-13"), "食品经营许可", "REVIEWER", "HOLDER")),
                event("rated", rating, new IntakePayload.CaseRated(CASE_ID, 2)),
                event("follow-up", rating, new IntakePayload.RatingFollowUpOpened(CASE_ID, 2, LocalDate.parse("2026-03-17"))),
                event("follow-up-handled", rating, new IntakePayload.RatingFollowUpHandled(CASE_ID, true)),
                event("complaint", complaint, new IntakePayload.ComplaintFiled("c-77", LocalDate.parse("2026-03-24"))),
                event("petition", petition, new IntakePayload.PetitionReceived("p-5", LocalDate.parse("2026-03-23"))),
                event("petition-accepted", petition, new IntakePayload.PetitionAccepted("p-5", "XF-2026-P5A1B2C3D4E5",
                        LocalDate.parse("2026-03-24"))),
                event("petition-not-accepted", petition, new IntakePayload.PetitionNotAccepted("p-5",
                        "XF-2026-P5A1B2C3D4E5")),
                event("petition-extended", petition, new IntakePayload.PetitionExtended("p-5",
                        LocalDate.parse("2026-04-14"))),
                event("petition-answered", petition, new IntakePayload.PetitionAnswered("p-5", true)),
                event("hotline-ticket", hotline, new IntakePayload.HotlineTicketReceived("t-12", "COMPLAINT",
                        LocalDate.parse("2026-03-16"))),
                event("hotline-rerouted", hotline, new IntakePayload.HotlineTicketRerouted("t-12",
                        "county-health", LocalDate.parse("2026-03-16"))),
                event("hotline-answered", hotlineCaller, new IntakePayload.HotlineTicketAnswered("t-12", true,
                        "已责成商户整改并退还多收费用。")),
                event("hotline-rated", hotline, new IntakePayload.HotlineTicketRated("t-12", 4)),
                event("payment-notice", aCase(), new IntakePayload.PaymentNoticeIssued("JK640324-2026-0000007", "80.00",
                        LocalDate.parse("2026-03-23"))),
                event("payment-mismatch", aCase(), new IntakePayload.PaymentMismatchFound("JK640324-2026-0000007",
                        "8.00", "80.00", "CALLBACK")),
                event("payment-received", aCase(), new IntakePayload.PaymentReceived("JK640324-2026-0000007", "80.00",
                        "STATEMENT")),
                event("refund-due", aCase(), new IntakePayload.RefundDue("JK640324-2026-0000007", "80.00")),
                event("payment-refunded", aCase(), new IntakePayload.PaymentRefunded("JK640324-2026-0000007", "80.00")),
                event("complaint-department", departmentComplaint, new IntakePayload.ComplaintFiled("c-78",
                        LocalDate.parse("2026-03-24"))),
                event("complaint-extended", complaint, new IntakePayload.ComplaintExtended("c-77",
                        LocalDate.parse("2026-04-07"))),
                event("complaint-answered", complaint, new IntakePayload.ComplaintAnswered("c-77", false)));
    }

    /** Every type of {@code certificates.events}. */
    public static List<CertificateEvent> certificates() {
        return List.of(
                new CertificateEvent("e-issued", CertificateEvent.Type.CertificateIssued, "640324-SPJY-2026-000001",
                        "SPJY", APPLICANT, AT, null),
                new CertificateEvent("e-suspended", CertificateEvent.Type.CertificateSuspended,
                        "640324-SPJY-2026-000001", "SPJY", APPLICANT, AT, "整改期间暂停 | suspended pending rectification"),
                new CertificateEvent("e-reinstated", CertificateEvent.Type.CertificateReinstated,
                        "640324-SPJY-2026-000001", "SPJY", APPLICANT, AT, "整改完成"),
                new CertificateEvent("e-revoked", CertificateEvent.Type.CertificateRevoked, "640324-SPJY-2026-000001",
                        "SPJY", APPLICANT, AT, "依法撤销"));
    }

    /** Every type of {@code credit.events}. */
    public static List<CreditEvent> credit() {
        CreditEvent.DueDateMoved moved = new CreditEvent.DueDateMoved("p-5", LocalDate.parse("2027-01-12"),
                LocalDate.parse("2027-01-15"));
        return List.of(
                new CreditEvent("e-listed", CreditEvent.Type.EntryListed, "en-7", null, AT, null),
                new CreditEvent("e-lifted", CreditEvent.Type.EntryLifted, "en-7", APPLICANT, AT, null),
                new CreditEvent("e-objection", CreditEvent.Type.ObjectionFiled, "en-7", APPLICANT, AT, null),
                new CreditEvent("e-objection-decided", CreditEvent.Type.ObjectionDecided, "en-7", APPLICANT, AT, null),
                new CreditEvent("e-repair-decided", CreditEvent.Type.RepairDecided, "en-7", APPLICANT, AT, null),
                new CreditEvent("e-objection-moved", CreditEvent.Type.ObjectionDeadlineMoved, "en-7", APPLICANT, AT, moved),
                new CreditEvent("e-repair-moved", CreditEvent.Type.RepairDeadlineMoved, "en-7", APPLICANT, AT, moved));
    }
}
