package cn.gov.platform.intake.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A case as the other features read it: only what they use, the acting department after 上报件 included. */
class CaseRecordTest {

    static final Actor AGENT = new Actor("agent-1", "demo-agent", ActorRole.AGENT);
    static final Actor CLERK = new Actor("clerk-1", "demo-clerk", ActorRole.HANDLER);
    static final Actor REVIEWER = new Actor("reviewer-1", "demo-reviewer", ActorRole.REVIEWER);
    static final Actor APPROVER = new Actor("approver-1", "demo-approver", ActorRole.APPROVER);
    static final Instant AT = Instant.parse("2026-02-10T02:00:00Z");

    private static Case accepted() {
        Case c = Case.draft(CaseId.random(), Fixtures.foodPermit(), Fixtures.YUHAI_CENTER,
                new Filing("villager-1", "agent-1", "m-1", "key-12345678", "fp"), AGENT, AT);
        c.attachCertificate("business-licence", "BL-640324-0001", ReferenceResolution.VALID, AT);
        c.attachUpload("premises-layout", JointApprovalTest.file("layout"), AT);
        c.attachUpload("safety-rules", JointApprovalTest.file("rules"), AT);
        c.submit(AGENT, AT);
        c.accept(CLERK, () -> CaseNumber.of("640324", 2026, 77), List.of(), AcceptancePolicy.standard(),
                Fixtures.clock2026(), AT);
        return c;
    }

    @Test
    void aRecordNamesThePrincipalTheNumberAndTheCertificateNamedForAMaterial() {
        CaseRecord r = CaseRecord.of(accepted().snapshot());

        assertThat(r.applicantSubject()).as("the principal, never the agent").isEqualTo("villager-1");
        assertThat(r.number()).isEqualTo("640324-2026-0000077");
        assertThat(r.reference()).isEqualTo("640324-2026-0000077");
        assertThat(r.itemCode()).isEqualTo("SCJG-002");
        assertThat(r.state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(r.promisedDue()).isNotNull();
        assertThat(r.certificateNumberOf("business-licence")).contains("BL-640324-0001");
        assertThat(r.certificateNumberOf("premises-layout")).as("an upload names no certificate").isEmpty();
        assertThat(r.isApproved()).isFalse();
    }

    @Test
    void afterAReportUpwardTheRecordNamesTheHigherDepartmentAsTheOneActing() {
        Case c = accepted();
        c.reportUpward(CLERK, "county-civil-affairs", Fixtures.CATALOGUE_DEPARTMENTS, "需县级确认", AT);
        CaseRecord r = CaseRecord.of(c.snapshot());

        assertThat(r.division()).isEqualTo("640324100000");
        assertThat(r.departmentName()).isEqualTo("豫海镇便民服务中心");
        assertThat(r.actingDivision()).isEqualTo("640324000000");
        assertThat(r.actingDepartment()).isEqualTo("county-civil-affairs");
        assertThat(r.actingDepartmentName()).as("by its name, never its code").isEqualTo("同心县民政局");
    }

    @Test
    void anApprovedCaseWithItsNumberIsApproved() {
        Case c = accepted();
        c.recordOpinion(CLERK, StaffRole.HANDLER, Verdict.APPROVE, "同意", null, List.of(), Fixtures.clock2026(), AT);
        c.recordOpinion(REVIEWER, StaffRole.REVIEWER, Verdict.APPROVE, "同意", null, List.of(), Fixtures.clock2026(), AT);
        c.recordOpinion(APPROVER, StaffRole.APPROVER, Verdict.APPROVE, "准予", null, List.of(), Fixtures.clock2026(), AT);

        CaseRecord r = CaseRecord.of(c.snapshot());
        assertThat(r.isApproved()).isTrue();
        assertThat(r.decision().approver()).isEqualTo("demo-approver");
        assertThat(r.version()).isZero();
    }
}
