package cn.gov.platform.notifications.templates.domain;

import cn.gov.platform.kernel.DomainViolation;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template's text with named variables written {@code {name}}. Rendering refuses both a
 * variable the text needs and was not given and a variable given that the text does not know:
 * either is a mismatch between the event and the approved wording, and sending a half-filled or
 * silently different text to a citizen is worse than not sending it.
 */
public record TemplateText(String value) {

    /** SMS gateways split above 70 Chinese characters; a few parts are fine, a letter is not. */
    public static final int MAX_LENGTH = 300;
    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern STRAY_BRACE = Pattern.compile("[{}]");

    public TemplateText {
        if (value == null || value.isBlank()) {
            throw DomainViolation.invalid("text", "TEMPLATE_TEXT_EMPTY", "模板正文不能为空。", "The template text is empty.");
        }
        if (value.length() > MAX_LENGTH) {
            throw DomainViolation.invalid("text", "TEMPLATE_TEXT_TOO_LONG", "模板正文不能超过 " + MAX_LENGTH + " 个字符。",
                    "The template text must not exceed " + MAX_LENGTH + " characters.");
        }
        if (STRAY_BRACE.matcher(VARIABLE.matcher(value).replaceAll("")).find()) {
            throw DomainViolation.invalid("text", "TEMPLATE_TEXT_MALFORMED",
                    "模板变量须写作 {名称}（字母开头，只含字母和数字）。",
                    "Template variables are written {name} (a letter, then letters or digits).");
        }
    }

    /** The names of the variables, in order of first use. */
    public Set<String> variables() {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(value);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The text with every variable replaced; refuses missing and unknown variables, naming all of them. */
    public String render(Map<String, String> values) {
        Set<String> needed = variables();
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(values.keySet());
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(needed);
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new RenderingRefused(missing, unknown);
        }
        Matcher m = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Rendering was refused: the variables given do not match the text's. */
    public static final class RenderingRefused extends DomainViolation {

        private final Set<String> missing;
        private final Set<String> unknown;

        RenderingRefused(Set<String> missing, Set<String> unknown) {
            super(Kind.RULE, "TEMPLATE_VARIABLES_MISMATCH", cn.gov.platform.kernel.Message.of(
                    "模板变量不匹配：缺少 " + missing + "，多余 " + unknown + "。",
                    "Template variables do not match: missing " + missing + ", unknown " + unknown + "."),
                    "variables", java.util.List.of());
            this.missing = Set.copyOf(missing);
            this.unknown = Set.copyOf(unknown);
        }

        public Set<String> missing() {
            return missing;
        }

        public Set<String> unknown() {
            return unknown;
        }
    }
}
