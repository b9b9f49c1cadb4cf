package cn.gov.platform.certificates;

import cn.gov.platform.certificates.registry.domain.RuleViolation;
import cn.gov.platform.support.problem.FieldError;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.Problems;
import cn.gov.platform.support.web.RequestIds;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers the domain's rule violations exactly as the support library answers a
 * PlatformException (same problem+json shape, type URN, code, bilingual message, field), so the
 * domain can stay free of HTTP and Spring.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CertificateProblemAdvice {

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation e) {
        Message message = Message.of(e.zh(), e.en());
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
        };
        List<FieldError> errors = e.kind() == RuleViolation.Kind.INVALID && e.field() != null
                ? List.of(new FieldError(e.field(), e.code(), message)) : List.of();
        ProblemDetail problem = Problems.of(status, e.code(), message, e.field(), errors);
        RequestIds.current().ifPresent(id -> problem.setProperty("requestId", id));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
