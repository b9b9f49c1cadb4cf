package cn.gov.platform.intake.supervision;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.kernel.calendar.DeadlineClock;
import cn.gov.platform.intake.cases.domain.AcceptancePolicy;
import cn.gov.platform.intake.cases.domain.Actor;
import cn.gov.platform.intake.cases.domain.ActorRole;
import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.CaseId;
import cn.gov.platform.intake.cases.domain.CaseNumber;
import cn.gov.platform.intake.cases.domain.Filing;
import cn.gov.platform.intake.cases.domain.StoredFile;
import cn.gov.platform.intake.cases.domain.Verdict;
import cn.gov.platform.kernel.identifiers.DivisionCode;
import cn.gov.platform.intake.catalogue.domain.Implementation;
import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Cases made through the aggregate for supervision's tests, at a department of one's choosing (so a
 * test can count exactly its own), in any state: accepted and open, decided, decided at the window.
 */
public final class SupervisedCases {

    private static final AtomicLong SERIAL = new AtomicLong(9_000_000 + ThreadLocalRandom.current().nextInt(900_000));
    private static final Actor CLERK = new Actor("clerk-1", "demo-clerk", ActorRole.HANDLER);
    private static final Actor REVIEWER = new Actor("reviewer-1", "demo-reviewer", ActorRole.REVIEWER);
    private static final Actor APPROVER = new Actor("approver-1", "demo-approver", ActorRole.APPROVER);

    private final DeadlineClock clock = Fixtures.clock2026();

    public static Implementation department(String division, String department) {
        return new Implementation(DivisionCode.of(division), "测试区划", department, department + "（测试部门）", "测试地址",
                "0953-0000000", false);
    }

    /** A unique township code (200-399 are townships) and department, so counts are a test's own. */
    public static String township() {
        return "640324" + (200 + ThreadLocalRandom.current().nextInt(199)) + "000";
    }

    public Case submitted(ServiceItem item, Implementation where, String applicant, @Nullable String agent, Instant at) {
        Actor filer = agent == null ? new Actor(applicant, applicant, ActorRole.APPLICANT)
                : new Actor(agent, agent, ActorRole.AGENT);
        Case c = Case.draft(CaseId.random(), item, where, new Filing(applicant, agent, agent == null ? null : "m-1",
                "key-" + java.util.UUID.randomUUID(), "fp"), filer, at);
        for (RequiredMaterial m : item.materials()) {
            c.attachUpload(m.code(), new StoredFile("f", "f.pdf", "application/pdf", 1, "ab".repeat(32)), at);
        }
        c.submit(filer, at);
        return c;
    }

    public Case accepted(Implementation where, String applicant, Instant at) {
        Case c = submitted(Fixtures.foodPermit(), where, applicant, null, at);
        c.accept(CLERK, () -> number(where), List.of(), AcceptancePolicy.standard(), clock, at);
        return c;
    }

    public Case decided(Implementation where, String applicant, @Nullable String agent, Verdict verdict, Instant at) {
        Case c = submitted(Fixtures.foodPermit(), where, applicant, agent, at);
        c.accept(CLERK, () -> number(where), List.of(), AcceptancePolicy.standard(), clock, at);
        c.recordOpinion(CLERK, StaffRole.HANDLER, Verdict.APPROVE, "同意", null, List.of(), clock, at);
        c.recordOpinion(REVIEWER, StaffRole.REVIEWER, Verdict.APPROVE, "同意", null, List.of(), clock, at);
        c.recordOpinion(APPROVER, StaffRole.APPROVER, verdict, "决定",
                verdict == Verdict.REJECT ? "《行政许可法》第三十八条" : null, List.of(), clock, at);
        return c;
    }

    public Case decidedAtWindow(Implementation where, String applicant, Instant at) {
        Case c = submitted(Fixtures.immediateItem(), where, applicant, null, at);
        c.decideAtWindow(CLERK, () -> number(where), Verdict.APPROVE, "当场办结", null, AcceptancePolicy.standard(),
                List.of(), clock, at);
        return c;
    }

    private static CaseNumber number(Implementation where) {
        return CaseNumber.of(where.division().county(), 2026, SERIAL.incrementAndGet());
    }
}
