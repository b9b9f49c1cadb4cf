package cn.gov.platform.e2e.authorization;

import cn.gov.platform.testkit.Api;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What one cell of the table expects: a class of answer, optionally pinned to a problem code. */
record Expectation(Kind kind, @Nullable String code) {

    private static final Pattern SYNTAX = Pattern.compile("([a-z-]+)(?:\\(([A-Z0-9_]+)\\))?");

    /** The classes of answer the table speaks in (issue 16, point 1). */
    enum Kind {
        OK("ok"), UNAUTHENTICATED("unauthenticated"), FORBIDDEN("forbidden"), HIDDEN("hidden"),
        REFUSED_BY_GATEWAY("refused-by-gateway");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    static Expectation parse(String text) {
        Matcher m = SYNTAX.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a class of answer: " + text);
        }
        for (Kind kind : Kind.values()) {
            if (kind.label.equals(m.group(1))) {
                return new Expectation(kind, m.group(2));
            }
        }
        throw new IllegalArgumentException("not a class of answer: " + text);
    }

    /**
     * Whether the answer is of this class. {@code routed}: the gateway passed the request on (its
     * rate limiter stamps every routed request); a refusal it gave itself never carries that stamp.
     */
    boolean matches(Api.Reply reply, boolean throughGateway) {
        int status = reply.status();
        boolean problem = reply.isProblem();
        if (code != null) {
            return status >= 400 && status < 500 && problem && code.equals(codeOf(reply));
        }
        return switch (kind) {
            case OK -> status >= 200 && status < 300 || problem && (status == 400 || status == 409 || status == 422);
            case UNAUTHENTICATED -> status == 401;
            case FORBIDDEN -> status == 403;
            case HIDDEN -> status == 404 && problem;
            case REFUSED_BY_GATEWAY -> throughGateway && (status == 401 || status == 403) && !routed(reply);
        };
    }

    static boolean routed(Api.Reply reply) {
        return reply.header("X-RateLimit-Remaining") != null;
    }

    static @Nullable String codeOf(Api.Reply reply) {
        if (!reply.isProblem()) {
            return null;
        }
        try {
            return reply.json().path("code").asString(null);
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    /** The answer as the failure message shows it, e.g. {@code 403 FORBIDDEN (gateway)}. */
    static String describe(Api.Reply reply, boolean throughGateway) {
        String code = codeOf(reply);
        String where = throughGateway && !routed(reply) && reply.status() >= 400 ? " (gateway)" : "";
        return reply.status() + (code == null ? "" : " " + code) + where;
    }

    @Override
    public String toString() {
        return code == null ? kind.label : kind.label + "(" + code + ")";
    }

    String label() {
        return kind.label.toLowerCase(Locale.ROOT);
    }
}
