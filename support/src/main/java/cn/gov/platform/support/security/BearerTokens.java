package cn.gov.platform.support.security;

import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;

/**
 * Reading the bearer token of a request, and the firewall's check of header values, by a scan over the
 * characters instead of Spring Security's regular expressions, with the same answers. Run on every
 * request over a token of about 1.5 KB, those expressions cost 6 % of the gateway's CPU and 3 % of a
 * service's (issue 21, JFR profiles in docs/benchmarks.md).
 */
public final class BearerTokens {

    private static final String PREFIX = "bearer";

    /**
     * What {@code StrictHttpFirewall}'s default allows in a header value: assigned characters that are
     * not control characters ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}).
     */
    public static final Predicate<String> ALLOWED_HEADER_VALUE = BearerTokens::assignedAndNotControl;

    private BearerTokens() {
    }

    /**
     * The token of an {@code Authorization} header: null when there is none or it is not a bearer
     * header; refused as {@code invalid_token} when it is one but malformed ({@code Bearer} and a space,
     * then one or more of {@code A-Z a-z 0-9 - . _ ~ + /}, then any number of {@code =}, as RFC 6750).
     */
    public static @Nullable String fromHeader(@Nullable String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return null;
        }
        int start = PREFIX.length() + 1;
        if (authorization.length() <= start || authorization.charAt(PREFIX.length()) != ' ') {
            throw malformed();
        }
        int i = start;
        while (i < authorization.length() && isTokenChar(authorization.charAt(i))) {
            i++;
        }
        if (i == start) {
            throw malformed();
        }
        while (i < authorization.length() && authorization.charAt(i) == '=') {
            i++;
        }
        if (i != authorization.length()) {
            throw malformed();
        }
        return authorization.substring(start);
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }

    private static OAuth2AuthenticationException malformed() {
        return new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
    }

    private static boolean assignedAndNotControl(@Nullable String value) {
        if (value == null) {
            // The firewall asks about header values a proxy left empty (null), as its default did not refuse.
            return true;
        }
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (Character.getType(cp) == Character.UNASSIGNED || Character.getType(cp) == Character.CONTROL) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
