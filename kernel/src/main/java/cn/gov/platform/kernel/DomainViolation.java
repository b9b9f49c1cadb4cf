package cn.gov.platform.kernel;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A rule of the domain that a request broke. The domain cannot name HTTP statuses (it knows no
 * web framework), so it says what kind of failure this is and support's {@code ProblemHandlerAdvice}
 * picks the status (INVALID 400, NOT_FOUND 404, STATE_CONFLICT 409, RULE 422) and answers with the
 * same problem+json as for a {@code PlatformException}. Free of Spring, so every service's
 * {@code ..domain..} packages may throw it. A refusal that lifts by itself (a check another service
 * has not answered yet) says when to try again; the answer carries it as {@code Retry-After}.
 */
public class DomainViolation extends RuntimeException {

    /** What kind of failure, so the web layer can choose the status. */
    public enum Kind {
        /** The input itself is malformed (400). */
        INVALID,
        /** The thing asked for does not exist, or the caller may not know it does (404). */
        NOT_FOUND,
        /** The request is well formed but conflicts with the object's state (409). */
        STATE_CONFLICT,
        /** The request is well formed but a business rule refuses it (422). */
        RULE
    }

    /** One offending field with its own message, for requests with several faults. */
    public record Fault(String field, String code, Message message) {
    }

    private final Kind kind;
    private final String code;
    private final Message userMessage;
    private final @Nullable String field;
    private final List<Fault> faults;
    private final @Nullable Duration retryAfter;

    public DomainViolation(Kind kind, String code, Message message, @Nullable String field, List<Fault> faults) {
        this(kind, code, message, field, faults, null);
    }

    public DomainViolation(Kind kind, String code, Message message, @Nullable String field, List<Fault> faults,
            @Nullable Duration retryAfter) {
        super(code + ": " + message.en());
        this.kind = Objects.requireNonNull(kind);
        this.code = Objects.requireNonNull(code);
        this.userMessage = Objects.requireNonNull(message);
        this.field = field;
        this.faults = List.copyOf(faults);
        if (retryAfter != null && (retryAfter.isNegative() || retryAfter.isZero())) {
            throw new IllegalArgumentException("retryAfter must be positive: " + retryAfter);
        }
        this.retryAfter = retryAfter;
    }

    public static DomainViolation invalid(String field, String code, String zh, String en) {
        return invalid(field, code, Message.of(zh, en));
    }

    public static DomainViolation invalid(String field, String code, Message message) {
        return new DomainViolation(Kind.INVALID, code, message, field, List.of(new Fault(field, code, message)));
    }

    public static DomainViolation conflict(String code, String zh, String en) {
        return conflict(code, Message.of(zh, en));
    }

    public static DomainViolation conflict(String code, Message message) {
        return new DomainViolation(Kind.STATE_CONFLICT, code, message, null, List.of());
    }

    /** A conflict about one field's value (e.g. a case that already has a different certificate). */
    public static DomainViolation conflict(String code, String zh, String en, @Nullable String field) {
        return new DomainViolation(Kind.STATE_CONFLICT, code, Message.of(zh, en), field, List.of());
    }

    public static DomainViolation rule(String code, String zh, String en, @Nullable String field) {
        return new DomainViolation(Kind.RULE, code, Message.of(zh, en), field, List.of());
    }

    public static DomainViolation notFound(String code, String zh, String en) {
        return notFound(code, Message.of(zh, en));
    }

    public static DomainViolation notFound(String code, Message message) {
        return new DomainViolation(Kind.NOT_FOUND, code, message, null, List.of());
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Message userMessage() {
        return userMessage;
    }

    public @Nullable String field() {
        return field;
    }

    public List<Fault> faults() {
        return faults;
    }

    /** When the same request may succeed without any change by the caller; null when only a change helps. */
    public @Nullable Duration retryAfter() {
        return retryAfter;
    }
}
