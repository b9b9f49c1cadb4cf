package cn.gov.platform.devstack.store;

import org.jspecify.annotations.Nullable;

/**
 * The literal text a regular expression requires at the start of a string, as in
 * {@code ^Q\Q330521-2026-\E} (what {@code "^" + Pattern.quote(prefix)} produces): an index finds
 * such strings as one run of keys.
 */
final class AnchoredPrefix {

    private static final String METACHARACTERS = "\\.[]{}()*+?^$|";

    private AnchoredPrefix() {
    }

    /**
     * The required prefix, or null when the expression is not anchored, could match elsewhere
     * ({@code |}, multi-line mode), ignores case or whitespace, or requires no literal text.
     * A prefix starting with {@code [} is refused too: the matcher also tests an array's text,
     * which starts with one.
     */
    static @Nullable String of(String pattern, @Nullable String options) {
        if (options != null && (options.contains("i") || options.contains("m") || options.contains("x"))) {
            return null;
        }
        if (!pattern.startsWith("^") || pattern.indexOf('|') >= 0) {
            return null;
        }
        StringBuilder literal = new StringBuilder();
        int i = 1;
        while (i < pattern.length()) {
            if (pattern.startsWith("\\Q", i)) {
                int end = pattern.indexOf("\\E", i + 2);
                literal.append(end < 0 ? pattern.substring(i + 2) : pattern.substring(i + 2, end));
                i = end < 0 ? pattern.length() : end + 2;
                continue;
            }
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length() && !Character.isLetterOrDigit(pattern.charAt(i + 1))) {
                literal.append(pattern.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '*' || c == '?' || c == '{' || c == '+') {
                // The quantifier applies to the last character: it is not required (or not alone).
                if (!literal.isEmpty()) {
                    literal.setLength(literal.length() - 1);
                }
                break;
            }
            if (METACHARACTERS.indexOf(c) >= 0) {
                break;
            }
            literal.append(c);
            i++;
        }
        if (literal.isEmpty() || literal.charAt(0) == '[') {
            return null;
        }
        return literal.toString();
    }
}
