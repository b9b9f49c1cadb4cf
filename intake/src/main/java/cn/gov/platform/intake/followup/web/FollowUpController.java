package cn.gov.platform.intake.followup.web;

import cn.gov.platform.intake.followup.application.FollowUpService;
import cn.gov.platform.intake.followup.domain.Progress;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.Problems;
import cn.gov.platform.support.web.RequestIds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Following a case without logging in: {@code POST /api/intake/follow-up/lookups} with the number and the
 * last 6 characters of the applicant's ID number. A POST, not a GET with the suffix in the query, so that
 * the suffix never reaches an access log, a proxy's log or the browser's history. Public; the gateway
 * limits it per address, this service per case number (10 wrong tries an hour, then 429).
 */
@RestController
class FollowUpController {

    private final FollowUpService followUp;

    FollowUpController(FollowUpService followUp) {
        this.followUp = followUp;
    }

    /** What the person typed: the number on their receipt and the last 6 characters of their ID number. */
    record FollowUpLookup(@Nullable String number, @Nullable String idSuffix) {
        @Override
        public String toString() {
            return "FollowUpLookup[" + number + "]";
        }
    }

    @Operation(summary = "A case's state and dates by its number and the applicant's ID suffix (no login)")
    @ApiResponse(responseCode = "200", description = "The case's number, item, state, dates and handling office")
    @PostMapping("/api/intake/follow-up/lookups")
    Progress lookup(@RequestBody FollowUpLookup body) {
        return followUp.lookup(body.number() == null ? "" : body.number(),
                body.idSuffix() == null ? "" : body.idSuffix());
    }

    @ExceptionHandler(FollowUpService.Locked.class)
    ResponseEntity<ProblemDetail> locked(FollowUpService.Locked e) {
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        long minutes = (seconds + 59) / 60;
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "FOLLOW_UP_LOCKED", Message.of(
                "该编号的查询错误次数过多，已暂停查询，请约 " + minutes + " 分钟后再试，或登录后查看。",
                "Too many wrong tries for this number: following it is paused. Try again in about " + minutes
                        + " minutes, or log in to see it."));
        problem.setProperty("retryAfterSeconds", seconds);
        RequestIds.current().ifPresent(id -> problem.setProperty("requestId", id));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds)).body(problem);
    }
}
