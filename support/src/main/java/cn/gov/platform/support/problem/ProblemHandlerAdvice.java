package cn.gov.platform.support.problem;

import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.support.web.RequestIds;
import com.mongodb.MongoException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.lettuce.core.RedisLoadingException;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.UncategorizedDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where a servlet service turns failures into RFC 9457 problem+json.
 * Framework exceptions keep their status (a bad request stays a 4xx); anything unforeseen
 * becomes a 500 whose body says nothing about the cause, while the log keeps it.
 */
@RestControllerAdvice
public class ProblemHandlerAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandlerAdvice.class);

    /** Seconds a client is told to wait before retrying a 503. */
    static final long RETRY_AFTER_SECONDS = 5;

    @ExceptionHandler(PlatformException.class)
    ResponseEntity<Object> platform(PlatformException e) {
        return respond(Problems.of(e));
    }

    /**
     * The store or Redis is down or slower than its timeout (support's platform-defaults.yml sets
     * them once): 503 with {@code Retry-After}, in about the time of the timeout, never a hang and
     * never a 500. Whatever the request meant to change was not changed, or is changed in full when
     * the retry (with its {@code Idempotency-Key}) finds it done.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class})
    ResponseEntity<Object> unavailable(DataAccessException e) {
        log.warn("Store or Redis unavailable, answered 503: {}", e.toString());
        return respond(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "TEMPORARILY_UNAVAILABLE",
                CommonProblems.TEMPORARILY_UNAVAILABLE));
    }

    /**
     * The same outage met through the driver itself, where no Spring template translates it
     * (GridFS buckets, sessions): the store's socket failing or no server selectable in time.
     */
    @ExceptionHandler({MongoSocketException.class, MongoTimeoutException.class})
    ResponseEntity<Object> storeUnreachable(MongoException e) {
        log.warn("Store unreachable, answered 503: {}", e.toString());
        return respond(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "TEMPORARILY_UNAVAILABLE",
                CommonProblems.TEMPORARILY_UNAVAILABLE));
    }

    /**
     * Redis refusing a command because its connection is down (support's Lettuce options refuse
     * at once instead of queueing), or because a restarted server is still loading its data
     * ({@code LOADING}, found by the fault suite), arrives uncategorised; it is the same outage.
     * Any other uncategorised failure stays a 500.
     */
    @ExceptionHandler(UncategorizedDataAccessException.class)
    ResponseEntity<Object> uncategorized(UncategorizedDataAccessException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RedisLoadingException || t.getClass().getName().startsWith("io.lettuce.core.")
                    && t.getMessage() != null && t.getMessage().contains("not connected")) {
                return unavailable(e);
            }
        }
        return unexpected(e);
    }

    /**
     * The domain's own failures: the domain names the kind, this picks the status. One that lifts by
     * itself carries its retry hint like a 503 does.
     */
    @ExceptionHandler(DomainViolation.class)
    ResponseEntity<Object> domain(DomainViolation e) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case STATE_CONFLICT -> HttpStatus.CONFLICT;
            case RULE -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        ProblemDetail problem = Problems.of(status, e.code(), e.userMessage(), e.field(),
                e.faults().stream().map(f -> new FieldError(f.field(), f.code(), f.message())).toList());
        if (e.retryAfter() != null) {
            problem.setProperty("retryAfterSeconds", Math.max(1, e.retryAfter().toSeconds()));
        }
        return respond(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), "INVALID",
                        Message.of(v.getMessage(), v.getMessage())))
                .toList();
        return respond(validation(errors));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException e) {
        return respond(Problems.of(HttpStatus.FORBIDDEN, "FORBIDDEN", CommonProblems.FORBIDDEN));
    }

    /**
     * A multipart body that cannot be parsed (no boundary, cut short, not multipart at all): the
     * client's fault. A body over the limit stays a 413 (handled as the framework's own exception).
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> malformedMultipart(MultipartException e) {
        log.debug("Multipart body refused: {}", e.toString());
        return respond(Problems.of(HttpStatus.BAD_REQUEST, "MALFORMED_MULTIPART", CommonProblems.MALFORMED_MULTIPART,
                "file", List.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unhandled failure", e);
        return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", CommonProblems.INTERNAL_ERROR));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(fe -> errors.add(fieldError(fe.getField(), fe)));
        ex.getBindingResult().getGlobalErrors().forEach(ge -> errors.add(fieldError(ge.getObjectName(), ge)));
        return respond(validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                errors.add(fieldError(name == null ? "parameter" : name, error));
            }
        }
        return respond(validation(errors));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = switch (ex) {
            case HttpMessageNotReadableException e ->
                Problems.of(status, "MALFORMED_BODY", CommonProblems.MALFORMED_BODY, "body", List.of());
            case MissingServletRequestParameterException e ->
                Problems.of(status, "MISSING_PARAMETER", CommonProblems.missingParameter(e.getParameterName()),
                        e.getParameterName(), List.of());
            case MissingRequestHeaderException e ->
                Problems.of(status, "MISSING_HEADER", CommonProblems.missingHeader(e.getHeaderName()),
                        e.getHeaderName(), List.of());
            case MethodArgumentTypeMismatchException e ->
                Problems.of(status, "INVALID_PARAMETER", CommonProblems.wrongType(e.getName()), e.getName(),
                        List.of());
            case HttpRequestMethodNotSupportedException e ->
                Problems.of(status, "METHOD_NOT_ALLOWED", CommonProblems.METHOD_NOT_ALLOWED);
            case HttpMediaTypeNotSupportedException e ->
                Problems.of(status, "UNSUPPORTED_MEDIA_TYPE", CommonProblems.UNSUPPORTED_MEDIA_TYPE);
            case HttpMediaTypeNotAcceptableException e ->
                Problems.of(status, "NOT_ACCEPTABLE", CommonProblems.NOT_ACCEPTABLE);
            case NoResourceFoundException e -> Problems.of(status, "NOT_FOUND", CommonProblems.NOT_FOUND);
            case MaxUploadSizeExceededException e ->
                Problems.of(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", CommonProblems.PAYLOAD_TOO_LARGE);
            default -> {
                if (status.is5xxServerError()) {
                    log.error("Framework failure", ex);
                    yield Problems.of(status, "INTERNAL_ERROR", CommonProblems.INTERNAL_ERROR);
                }
                yield Problems.of(status, "BAD_REQUEST", CommonProblems.VALIDATION_FAILED);
            }
        };
        return respond(problem);
    }

    private static ProblemDetail validation(List<FieldError> errors) {
        String first = errors.isEmpty() ? null : errors.getFirst().field();
        return Problems.of(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", CommonProblems.VALIDATION_FAILED, first, errors);
    }

    private static FieldError fieldError(String field, MessageSourceResolvable error) {
        String text = error.getDefaultMessage() == null ? "invalid" : error.getDefaultMessage();
        String code = error.getCodes() == null || error.getCodes().length == 0
                ? "INVALID" : lastNode(error.getCodes()[error.getCodes().length - 1]).toUpperCase(java.util.Locale.ROOT);
        return new FieldError(field, code, ValidationMessages.bilingual(text));
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /**
     * Every 503 carries a retry hint, as a header and as {@code retryAfterSeconds}; so does any other
     * problem that names one.
     */
    static ResponseEntity<Object> respond(ProblemDetail problem) {
        RequestIds.current().ifPresent(id -> problem.setProperty("requestId", id));
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        boolean hinted = problem.getProperties() != null && problem.getProperties().containsKey("retryAfterSeconds");
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value() && !hinted) {
            problem.setProperty("retryAfterSeconds", RETRY_AFTER_SECONDS);
            hinted = true;
        }
        if (hinted) {
            answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(problem.getProperties().get("retryAfterSeconds")));
        }
        return answer.body(problem);
    }
}
