package cn.gov.platform.devprofile.intake;

import cn.gov.platform.intake.cases.application.CaseStore;
import cn.gov.platform.intake.cases.application.NumberSeries;
import cn.gov.platform.intake.cases.domain.AcceptancePolicy;
import cn.gov.platform.intake.cases.domain.AcceptanceTerms;
import cn.gov.platform.intake.cases.domain.Actor;
import cn.gov.platform.intake.cases.domain.ActorRole;
import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.ReferenceResolution;
import cn.gov.platform.intake.cases.domain.CaseId;
import cn.gov.platform.intake.cases.domain.CaseNumber;
import cn.gov.platform.intake.cases.domain.CreditStatus;
import cn.gov.platform.intake.cases.domain.Filing;
import cn.gov.platform.intake.cases.domain.StoredFile;
import cn.gov.platform.intake.catalogue.application.CatalogueService;
import cn.gov.platform.kernel.identifiers.DivisionCode;
import cn.gov.platform.intake.catalogue.domain.ItemClass;
import cn.gov.platform.intake.catalogue.domain.JointDepartment;
import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.calendar.DeadlineClock;
import cn.gov.platform.kernel.identifiers.DivisionCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Benchmark support only ({@code platform.bench.enabled=true}): joint cases accepted a
 * month ago whose tasks are all past due, so that a deemed-consent sweep has work. Built through
 * the aggregate like real cases, with placeholder files; the credit check is left NOT_CHECKED.
 */
public class BenchCases {

    private static final Actor BENCH = new Actor("bench", "bench", ActorRole.HANDLER);
    private static final StoredFile PLACEHOLDER = new StoredFile("bench-placeholder", "bench.pdf", "application/pdf",
            1, "0".repeat(64));

    private final CaseStore store;
    private final CatalogueService catalogue;
    private final NumberSeries numbers;
    private final DeadlineClock clock;
    private final Clock time;

    public BenchCases(CaseStore store, CatalogueService catalogue, NumberSeries numbers, DeadlineClock clock,
            Clock time) {
        this.store = store;
        this.catalogue = catalogue;
        this.numbers = numbers;
        this.clock = clock;
        this.time = time;
    }

    /** Creates cases of joint item {@code itemCode} holding {@code tasks} due tasks in all; returns the cases made. */
    public int dueJointCases(String itemCode, int tasks, String run) {
        ServiceItem item = catalogue.guide(itemCode);
        if (item.itemClass() != ItemClass.JOINT || !item.deemedConsent()) {
            throw DomainViolation.invalid("itemCode", "NOT_A_DEEMED_CONSENT_ITEM", "须为允许超时默认的联办件。",
                    "The item must be a joint item that allows deemed consent.");
        }
        List<JointDepartment> departments = item.jointDepartments();
        Instant acceptedAt = time.instant().minus(Duration.ofDays(30));
        String county = DivisionCode.of(item.implementations().getFirst().division().value()).county();
        int year = acceptedAt.atZone(ChinaTime.ZONE).getYear();
        int made = 0;
        for (int left = tasks; left > 0; left -= departments.size()) {
            String key = "bench-" + run + "-" + made;
            Case c = Case.draft(CaseId.forSubmission("bench", key), item, item.implementations().getFirst(),
                    new Filing("bench-applicant", null, null, key, "bench"), BENCH, acceptedAt);
            for (RequiredMaterial m : item.materials()) {
                if (m.certificateType() != null) {
                    c.attachCertificate(m.code(), "BENCH-" + made, ReferenceResolution.VALID, acceptedAt);
                } else {
                    c.attachUpload(m.code(), PLACEHOLDER, acceptedAt);
                }
            }
            c.submit(BENCH, acceptedAt);
            c.accept(BENCH, () -> CaseNumber.of(county, year, numbers.next(NumberSeries.ACCEPTED, county, year)),
                    List.of(), AcceptancePolicy.standard(), clock, acceptedAt, new AcceptanceTerms(
                            CreditStatus.NOT_CHECKED, null, departments.subList(0, Math.min(left, departments.size())),
                            null));
            store.insert(c);
            made++;
        }
        return made;
    }
}
