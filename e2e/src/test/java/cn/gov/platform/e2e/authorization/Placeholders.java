package cn.gov.platform.e2e.authorization;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Fills {@code ${...}} in the table's requests for one caller in one row: the caller's own values,
 * other callers' subjects, dates as the platform sees them, and fixtures (or, for an existence
 * probe, phantoms of them).
 */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");
    private static final Pattern TODAY_PLUS = Pattern.compile("today\\+(\\d+)");
    private static final Pattern NOW_PLUS = Pattern.compile("now\\+(\\d+)d");
    private static final Pattern WORKDAYS = Pattern.compile("workdays\\+(\\d+)");

    private final Callers callers;
    private final Fixtures fixtures;

    Placeholders(Callers callers, Fixtures fixtures) {
        this.callers = callers;
        this.fixtures = fixtures;
    }

    /** What one substitution needs: who calls, the row's own objects, and whether to name phantoms instead. */
    record Context(String caller, Fixtures.Scope scope, boolean phantoms) {
    }

    @Nullable String fill(@Nullable String template, Context context) {
        if (template == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), context)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whether the template names a fixture (so that a phantom of it can be asked for). */
    boolean namesFixture(@Nullable String template) {
        if (template == null) {
            return false;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (fixtures.isFixture(head(m.group(1)))) {
                return true;
            }
        }
        return false;
    }

    private String value(String expression, Context context) {
        String head = head(expression);
        String field = expression.contains(".") ? expression.substring(expression.indexOf('.') + 1) : "id";
        if (fixtures.isFixture(head)) {
            String real = fixtures.value(head, field, context.scope());
            return context.phantoms() ? Fixtures.phantom(head, field, real) : real;
        }
        if (head.equals("caller")) {
            return callerValue(context.caller(), field);
        }
        if (callers.names().contains(head)) {
            return callerValue(head, field);
        }
        return time(expression);
    }

    private String callerValue(String name, String field) {
        Callers.Identity who = callers.get(name);
        String value = switch (field) {
            case "name" -> who.name();
            case "subject" -> who.subject();
            case "phone" -> who.phone();
            case "division" -> who.division();
            case "department" -> who.department();
            default -> throw new IllegalArgumentException("callers have no " + field);
        };
        // A value the caller does not have (an administrator has no division) matches nothing.
        return value == null ? "" : value;
    }

    private String time(String expression) {
        if (expression.equals("today")) {
            return fixtures.today().toString();
        }
        if (expression.equals("today.year")) {
            return String.valueOf(fixtures.today().getYear());
        }
        Matcher m = TODAY_PLUS.matcher(expression);
        if (m.matches()) {
            return fixtures.today().plusDays(Long.parseLong(m.group(1))).toString();
        }
        m = NOW_PLUS.matcher(expression);
        if (m.matches()) {
            return fixtures.now().plus(Duration.ofDays(Long.parseLong(m.group(1)))).toString();
        }
        m = WORKDAYS.matcher(expression);
        if (m.matches()) {
            return fixtures.workingDaysAfterToday(Integer.parseInt(m.group(1))).toString();
        }
        throw new IllegalArgumentException("unknown placeholder ${" + expression + "}");
    }

    private static String head(String expression) {
        int dot = expression.indexOf('.');
        return dot < 0 ? expression : expression.substring(0, dot);
    }
}
