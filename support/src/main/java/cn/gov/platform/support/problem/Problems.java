package cn.gov.platform.support.problem;

import cn.gov.platform.kernel.Message;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the platform's problem documents. The {@code type} is a stable URN derived from
 * the code, so clients can switch on either; {@code detail} is the English message and
 * {@code message} carries both languages.
 */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:gov-platform:problem:";

    private Problems() {
    }

    public static URI type(String code) {
        return URI.create(TYPE_PREFIX + code.toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    public static ProblemDetail of(HttpStatusCode status, String code, Message message) {
        return of(status, code, message, null, List.of());
    }

    public static ProblemDetail of(HttpStatusCode status, String code, Message message, @Nullable String field,
            List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message.en());
        problem.setType(type(code));
        problem.setTitle(titleOf(code));
        problem.setProperty("code", code);
        problem.setProperty("message", message);
        if (field != null) {
            problem.setProperty("field", field);
        }
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    public static ProblemDetail of(PlatformException e) {
        return of(e.status(), e.code(), e.userMessage(), e.field(), e.errors());
    }

    /** {@code CASE_NOT_FOUND} becomes {@code Case not found}. */
    static String titleOf(String code) {
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
