package cn.gov.platform.credit.calendar.web;

import cn.gov.platform.credit.calendar.application.CalendarUnavailable;
import cn.gov.platform.support.problem.Problems;
import cn.gov.platform.support.web.RequestIds;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A request that needs a deadline while the official calendar was never read: 503 problem+json
 * {@code CALENDAR_UNAVAILABLE} in the platform's shape (support's {@link Problems}), with the retry
 * hint as {@code Retry-After} and {@code retryAfterSeconds}. Ordered before support's advice, which
 * has no way to set a header; everything else stays with it.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CalendarUnavailableAdvice {

    @ExceptionHandler(CalendarUnavailable.class)
    ResponseEntity<ProblemDetail> calendarUnavailable(CalendarUnavailable e) {
        long seconds = CalendarUnavailable.RETRY_AFTER.toSeconds();
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "CALENDAR_UNAVAILABLE", e.userMessage());
        problem.setProperty("retryAfterSeconds", seconds);
        RequestIds.current().ifPresent(id -> problem.setProperty("requestId", id));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
