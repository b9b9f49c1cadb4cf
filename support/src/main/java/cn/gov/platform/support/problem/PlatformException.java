package cn.gov.platform.support.problem;

import cn.gov.platform.kernel.Message;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * A failure the caller can understand and act on. Every domain exception of the platform
 * is one of these, so that the one problem handler per service can answer it as RFC 9457
 * problem+json with a stable code; nothing else ever reaches a client with its message.
 */
public class PlatformException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Message userMessage;
    private final @Nullable String field;
    private final List<FieldError> errors;

    public PlatformException(HttpStatus status, String code, Message message) {
        this(status, code, message, null, List.of());
    }

    public PlatformException(HttpStatus status, String code, Message message, @Nullable String field) {
        this(status, code, message, field, List.of());
    }

    public PlatformException(HttpStatus status, String code, Message message, @Nullable String field,
            List<FieldError> errors) {
        super(code + ": " + message.en());
        this.status = Objects.requireNonNull(status);
        this.code = Objects.requireNonNull(code);
        this.userMessage = Objects.requireNonNull(message);
        this.field = field;
        this.errors = List.copyOf(errors);
    }

    public static PlatformException invalid(String field, String code, Message message) {
        return new PlatformException(HttpStatus.BAD_REQUEST, code, message, field,
                List.of(new FieldError(field, code, message)));
    }

    public static PlatformException notFound(String code, Message message) {
        return new PlatformException(HttpStatus.NOT_FOUND, code, message);
    }

    public static PlatformException conflict(String code, Message message) {
        return new PlatformException(HttpStatus.CONFLICT, code, message);
    }

    public HttpStatus status() {
        return status;
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

    public List<FieldError> errors() {
        return errors;
    }
}
