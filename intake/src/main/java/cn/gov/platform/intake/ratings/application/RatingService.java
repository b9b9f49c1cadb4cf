package cn.gov.platform.intake.ratings.application;

import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import cn.gov.platform.intake.cases.application.CaseQueries;
import cn.gov.platform.intake.cases.domain.CaseRecord;
import cn.gov.platform.intake.ratings.domain.Rating;
import cn.gov.platform.intake.ratings.domain.RatingSnapshot;
import cn.gov.platform.intake.supervision.application.Supervisors;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.support.web.Caller;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Ratings (好差评, INT-11): the applicant rates a finished case once; a poor score opens a
 * follow-up that the department's staff handle within {@code followUpDays} working days.
 */
public class RatingService {

    private final RatingStore ratings;
    private final CaseQueries cases;
    private final Supervisors people;
    private final WorkingDayCalendar calendar;
    private final int followUpDays;
    private final Clock clock;
    private final MeterRegistry meters;

    public RatingService(RatingStore ratings, CaseQueries cases, Supervisors people, WorkingDayCalendar calendar,
            int followUpDays, Clock clock, MeterRegistry meters) {
        this.ratings = ratings;
        this.cases = cases;
        this.people = people;
        this.calendar = calendar;
        this.followUpDays = followUpDays;
        this.clock = clock;
        this.meters = meters;
    }

    /** The rating given and whether this request created it (false: a retry of the same rating). */
    public record Rated(RatingSnapshot rating, boolean created) {
    }

    public Rated rate(Caller caller, String caseId, int score, @Nullable String comment) {
        CaseRecord c = cases.ofApplicantSide(caseId, caller.subject()).orElseThrow(RatingService::caseNotFound);
        var existing = ratings.find(caseId);
        if (existing.isPresent()) {
            return retried(existing.get(), score, comment);
        }
        Instant at = clock.instant();
        LocalDate today = ChinaTime.dateOf(at);
        Rating rating = Rating.give(c, caller.subject(), score, comment, at, today,
                d -> calendar.plusWorkingDays(d, followUpDays));
        if (!ratings.insert(rating)) {
            return retried(ratings.find(caseId).orElseThrow(), score, comment);
        }
        meters.counter("intake.ratings.given", "score", String.valueOf(score)).increment();
        return new Rated(rating.snapshot(), true);
    }

    private static Rated retried(RatingSnapshot earlier, int score, @Nullable String comment) {
        if (!Rating.restore(earlier).sameAs(score, comment)) {
            throw DomainViolation.conflict("ALREADY_RATED", "该办件已评价过，不能再次评价。",
                    "This case has been rated already; a rating is given once.");
        }
        return new Rated(earlier, false);
    }

    /** The rating of a case: for its applicant side, the department's staff and supervisors of the division. */
    public RatingSnapshot view(Caller caller, String caseId) {
        RatingSnapshot r = ratings.find(caseId).orElseThrow(RatingService::ratingNotFound);
        boolean applicantSide = cases.ofApplicantSide(caseId, caller.subject()).isPresent();
        if (!applicantSide && !people.isStaffOf(caller, r.division(), r.department())
                && !people.supervises(caller, r.division())) {
            throw ratingNotFound();
        }
        return r;
    }

    /** Department staff record the follow-up of a poor rating (回访整改). */
    public RatingSnapshot handleFollowUp(Caller caller, String caseId, String note) {
        for (int attempt = 0; attempt < 3; attempt++) {
            RatingSnapshot r = ratings.find(caseId).orElseThrow(RatingService::ratingNotFound);
            if (!people.isStaffOf(caller, r.division(), r.department())) {
                throw ratingNotFound();
            }
            Rating rating = Rating.restore(r);
            Instant at = clock.instant();
            rating.handleFollowUp(caller.username(), note, at, ChinaTime.dateOf(at));
            if (ratings.save(rating)) {
                meters.counter("intake.ratings.follow-ups.handled").increment();
                return ratings.find(caseId).orElseThrow();
            }
        }
        throw DomainViolation.conflict("CONCURRENT_CHANGE", "评价刚被他人修改，请刷新后重试。",
                "The rating was changed meanwhile; reload and try again.");
    }

    /** The caller's department's open follow-ups, earliest due first. */
    public List<RatingSnapshot> openFollowUps(Caller caller) {
        if (caller.division() == null || caller.department() == null
                || !people.isStaffOf(caller, caller.division(), caller.department())) {
            return List.of();
        }
        return ratings.openFollowUps(caller.division(), caller.department(), 200);
    }

    static DomainViolation caseNotFound() {
        return DomainViolation.notFound("CASE_NOT_FOUND", "办件不存在。", "There is no such case.");
    }

    static DomainViolation ratingNotFound() {
        return DomainViolation.notFound("RATING_NOT_FOUND", "该办件尚无评价。", "This case has no rating.");
    }
}
