package cn.gov.platform.intake.ratings.web;

import cn.gov.platform.intake.ratings.application.RatingService;
import cn.gov.platform.intake.ratings.domain.FollowUp;
import cn.gov.platform.intake.ratings.domain.RatingSnapshot;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import cn.gov.platform.support.web.Caller;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ratings of cases (好差评). The applicant rates once: 201 the first time, 200 with the same rating
 * when a retry repeats it, 409 for a different second rating. Staff handle follow-ups.
 */
@RestController
class RatingController {

    private final RatingService ratings;
    private final WorkingDayCalendar calendar;

    RatingController(RatingService ratings, WorkingDayCalendar calendar) {
        this.ratings = ratings;
        this.calendar = calendar;
    }

    record RateBody(@NotNull(message = "须给出评分 | A score is required") @Min(value = 1, message = "评分须为 1 至 5 | The score is 1 to 5")
            @Max(value = 5, message = "评分须为 1 至 5 | The score is 1 to 5") Integer score,
            @Size(max = 500, message = "评价内容不超过 500 字 | At most 500 characters") @Nullable String comment) {
    }

    record FollowUpBody(@NotBlank(message = "须写明回访整改情况 | Describe the follow-up")
            @Size(max = 2000, message = "不超过 2000 字 | At most 2000 characters") String note) {
    }

    /** What the applicant, staff and supervisors see; never the rater's subject. */
    record RatingView(String caseId, @Nullable String caseNumber, String itemCode, String itemName, String department,
            String departmentName, String division, int score, @Nullable String comment, Instant ratedAt,
            @Nullable FollowUpView followUp) {

        static RatingView of(RatingSnapshot r, WorkingDayCalendar calendar) {
            FollowUp f = r.followUp();
            return new RatingView(r.id(), r.caseNumber(), r.itemCode(), r.itemName(), r.department(),
                    r.departmentName(), r.division(), r.score(), r.comment(), r.ratedAt(),
                    f == null ? null : new FollowUpView(f.isOpen() ? "OPEN" : "HANDLED", f.openedOn(), f.dueOn(),
                            f.isOpen() && calendar.isProvisional(f.openedOn(), f.dueOn()), f.handledBy(), f.note(),
                            f.handledAt(), f.isOpen() ? null : f.onTime()));
        }
    }

    /** {@code provisional}: the open follow-up's due date rests on a year not yet published. */
    record FollowUpView(String state, LocalDate openedOn, LocalDate dueOn, boolean provisional, @Nullable String handledBy,
            @Nullable String note, @Nullable Instant handledAt, @Nullable Boolean onTime) {
    }

    record RatingList(List<RatingView> items, int count) {
    }

    @PostMapping("/api/intake/cases/{id}/rating")
    @ApiResponse(responseCode = "201", description = "The rating recorded")
    @ApiResponse(responseCode = "200", description = "The same rating again: the rating recorded first")
    ResponseEntity<RatingView> rate(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @Valid @RequestBody RateBody body) {
        RatingService.Rated rated = ratings.rate(Caller.from(jwt), id, body.score(), body.comment());
        RatingView view = RatingView.of(rated.rating(), calendar);
        return rated.created() ? ResponseEntity.created(URI.create("/api/intake/cases/" + id + "/rating")).body(view)
                : ResponseEntity.ok(view);
    }

    @GetMapping("/api/intake/cases/{id}/rating")
    RatingView one(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return RatingView.of(ratings.view(Caller.from(jwt), id), calendar);
    }

    @PostMapping("/api/intake/cases/{id}/rating/follow-up")
    RatingView handle(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @Valid @RequestBody FollowUpBody body) {
        return RatingView.of(ratings.handleFollowUp(Caller.from(jwt), id, body.note()), calendar);
    }

    /** Staff: their department's open follow-ups, the earliest due first. */
    @GetMapping("/api/intake/workbench/follow-ups")
    RatingList followUps(@AuthenticationPrincipal Jwt jwt) {
        List<RatingView> items = ratings.openFollowUps(Caller.from(jwt)).stream().map(r -> RatingView.of(r, calendar)).toList();
        return new RatingList(items, items.size());
    }
}
