package cn.gov.platform.notifications.common.web;

import cn.gov.platform.notifications.common.domain.DomainViolation;
import cn.gov.platform.support.problem.FieldError;
import cn.gov.platform.support.problem.Problems;
import cn.gov.platform.support.web.RequestIds;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers the domain's own failures with the platform's problem documents. It only chooses the
 * status for each kind; the document itself is built by the shared {@link Problems}, so intake's
 * problems look exactly like every other service's. Ordered first so that the shared handler's
 * catch-all never sees a {@link DomainViolation}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DomainProblemAdvice {

    @ExceptionHandler(DomainViolation.class)
    ResponseEntity<ProblemDetail> violation(DomainViolation e) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case STATE_CONFLICT -> HttpStatus.CONFLICT;
            case RULE -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        ProblemDetail problem = Problems.of(status, e.code(), e.userMessage(), e.field(),
                e.faults().stream().map(f -> new FieldError(f.field(), f.code(), f.message())).toList());
        RequestIds.current().ifPresent(id -> problem.setProperty("requestId", id));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
