package cn.gov.platform.intake.publicity.application;

import cn.gov.platform.intake.cases.application.CaseQueries;
import cn.gov.platform.intake.cases.domain.CaseRecord;
import cn.gov.platform.intake.cases.domain.Decision;
import cn.gov.platform.intake.publicity.domain.PublicName;
import cn.gov.platform.intake.publicity.domain.PublishedResult;
import cn.gov.platform.intake.supervision.domain.DivisionScope;
import cn.gov.platform.kernel.ChinaTime;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Result publicity (审批结果网上公示, INT-12): every approved case is published once, with the public
 * form of its applicant's name; anyone may read the list without logging in.
 */
public class PublicityService {

    private final CaseQueries cases;
    private final Publications publications;
    private final ApplicantNames names;
    private final Clock clock;
    private final MeterRegistry meters;

    public PublicityService(CaseQueries cases, Publications publications, ApplicantNames names, Clock clock,
            MeterRegistry meters) {
        this.cases = cases;
        this.publications = publications;
        this.names = names;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Publishes the case if it is approved and not published yet; a no-op otherwise (so any event of
     * the case may call it, any number of times). Throws when the applicant's name cannot be resolved
     * now, so the caller retries later.
     */
    public boolean publish(String caseId) {
        Optional<CaseRecord> found = cases.find(caseId);
        if (found.isEmpty() || !found.get().isApproved() || publications.exists(found.get().id())) {
            return false;
        }
        CaseRecord c = found.get();
        Decision d = Objects.requireNonNull(c.decision());
        Optional<ApplicantNames.Applicant> known = names.of(c.applicantSubject());
        if (known.isEmpty()) {
            meters.counter("intake.publicity.unknown-applicant").increment();
            return false;
        }
        ApplicantNames.Applicant applicant = known.get();
        boolean added = publications.add(new PublishedResult(c.id(), c.number(), c.itemCode(), c.itemName(),
                c.division(), c.department(), c.departmentName(), d.decidedAt(),
                ChinaTime.dateOf(d.decidedAt()), applicant.kind(),
                PublicName.of(applicant.kind(), applicant.name()), clock.instant()));
        if (added) {
            meters.counter("intake.publicity.published").increment();
        }
        return added;
    }

    public List<PublishedResult> latest(@Nullable String itemCode, @Nullable String department,
            @Nullable String division, int limit) {
        String prefix = division == null ? null : DivisionScope.of(division).prefix();
        return publications.latest(itemCode, department, prefix, Math.clamp(limit, 1, 200));
    }
}
