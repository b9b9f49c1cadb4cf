package cn.gov.platform.e2e.authorization;

import cn.gov.platform.e2e.RunningPlatform;
import cn.gov.platform.testkit.Api;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one row of the table: the request as every caller, in the table's order of callers (so a
 * row that changes its object sees the first caller who may act do it, and the rest get the
 * object's new state), the same through the service's own port for internal operations, the
 * existence probe, and what lists show. Returns what did not answer as the table says.
 */
final class Runner {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Matrix matrix;
    private final Callers callers;
    private final Fixtures fixtures;
    private final Placeholders placeholders;
    private final Exchange exchange;
    private final Map<String, String> services;
    private final Tally tally;

    Runner(Matrix matrix, Callers callers, Fixtures fixtures, Exchange exchange, Map<String, String> services,
            Tally tally) {
        this.matrix = matrix;
        this.callers = callers;
        this.fixtures = fixtures;
        this.placeholders = new Placeholders(callers, fixtures);
        this.exchange = exchange;
        this.services = services;
        this.tally = tally;
    }

    List<String> run(Matrix.Row row) {
        List<String> faults = new ArrayList<>();
        Fixtures.Scope scope = new Fixtures.Scope(row.fresh());
        Map<String, Api.Reply> hidden = new LinkedHashMap<>();
        if (row.list() != null && row.list().contains() != null) {
            // The object a list must show exists before anyone reads the list.
            placeholders.fill(row.list().contains().value(), new Placeholders.Context("anonymous", scope, false));
        }
        for (String caller : matrix.callers().keySet()) {
            Expectation expected = row.expect().get(caller);
            if (expected == null) {
                continue;
            }
            Api.Reply reply = send(row, caller, scope, false, RunningPlatform.GATEWAY);
            boolean met = expected.matches(reply, true);
            tally.cell("gateway", row.title(), caller, expected, reply, met);
            if (!met) {
                faults.add(caller + ": expected " + expected + ", got " + Expectation.describe(reply, true)
                        + excerpt(reply));
            } else if (expected.kind() == Expectation.Kind.HIDDEN) {
                hidden.put(caller, reply);
            }
            if (met && row.list() != null && reply.status() / 100 == 2) {
                faults.addAll(checkList(row.list(), caller, reply, scope));
            }
        }
        if (row.list() != null && row.list().contains() != null) {
            faults.addAll(checkOwnersOutsideTheColumns(row, scope));
        }
        for (String caller : matrix.callers().keySet()) {
            Expectation expected = row.direct().get(caller);
            if (expected == null) {
                continue;
            }
            Api.Reply reply = send(row, caller, scope, false, serviceOf(row));
            boolean met = expected.matches(reply, false);
            tally.cell("direct", row.title(), caller, expected, reply, met);
            if (!met) {
                faults.add(caller + " at the service: expected " + expected + ", got "
                        + Expectation.describe(reply, false) + excerpt(reply));
            }
        }
        if (!hidden.isEmpty() && namesFixture(row)) {
            faults.addAll(probe(row, scope, hidden));
        }
        return faults;
    }

    /**
     * "Hidden" means indistinguishable from absent: the same request naming objects that never
     * existed, sent by the first caller the object is hidden from, must get exactly the status and
     * code that every hidden cell got for the real object.
     */
    private List<String> probe(Matrix.Row row, Fixtures.Scope scope, Map<String, Api.Reply> hidden) {
        String prober = hidden.keySet().iterator().next();
        Api.Reply absent = send(row, prober, scope, true, RunningPlatform.GATEWAY);
        tally.probe();
        String expected = absent.status() + " " + Expectation.codeOf(absent);
        if (absent.status() != 404) {
            return List.of("existence probe: " + prober + " asking for objects that do not exist got "
                    + Expectation.describe(absent, true) + excerpt(absent) + "; the table's phantoms are wrong");
        }
        List<String> faults = new ArrayList<>();
        hidden.forEach((caller, reply) -> {
            String got = reply.status() + " " + Expectation.codeOf(reply);
            if (!got.equals(expected)) {
                faults.add(caller + ": existence leaks: got " + got + " where an object that does not exist gets "
                        + expected);
            }
        });
        return faults;
    }

    private List<String> checkList(Matrix.ListCheck list, String caller, Api.Reply reply, Fixtures.Scope scope) {
        List<String> faults = new ArrayList<>();
        JsonNode items = list.items().isEmpty() ? reply.json() : reply.json().at(list.items());
        if (items.isObject() && list.items().isEmpty()) {
            items = toArray(items);
        }
        if (!items.isArray()) {
            return List.of(caller + ": the list " + list.items() + " is not an array: " + brief(reply.json()));
        }
        Placeholders.Context context = new Placeholders.Context(caller, scope, false);
        for (JsonNode item : list.constrains(caller) ? items : JSON.createArrayNode()) {
            list.each().forEach((field, template) -> {
                String want = Objects.requireNonNull(placeholders.fill(template, context));
                if (!has(item, field, want)) {
                    faults.add(caller + ": the list shows an item with " + field + "=" + item.path(field)
                            + " (the caller's is " + (want.isEmpty() ? "none" : want) + "): " + brief(item));
                }
            });
            if (!list.any().isEmpty() && list.any().stream().noneMatch(alternative -> alternative.entrySet().stream()
                    .allMatch(e -> has(item, e.getKey(), Objects.requireNonNull(placeholders.fill(e.getValue(), context)))))) {
                faults.add(caller + ": the list shows an item that is none of theirs " + list.any() + ": " + brief(item));
            }
            if (list.within() != null) {
                String division = item.path(list.within()).asString("");
                String scopePrefix = subtree(callers.get(caller).division());
                if (scopePrefix == null || !division.startsWith(scopePrefix)) {
                    faults.add(caller + ": the list shows an item of division " + division + ", outside "
                            + callers.get(caller).division() + ": " + brief(item));
                }
            }
        }
        tally.listCheck();
        Matrix.Contains contains = list.contains();
        if (contains != null) {
            String value = Objects.requireNonNull(placeholders.fill(contains.value(), context));
            boolean present = contains(items, contains.field(), value);
            boolean owner = contains.forCallers().contains(caller);
            if (owner && !present) {
                faults.add(caller + ": the list lacks " + contains.value() + " (" + value + ")");
            } else if (!owner && present) {
                faults.add(caller + ": the list shows " + contains.value() + " (" + value + "), which is not theirs");
            }
        }
        return faults;
    }

    /** The fixture's owner may be a person the test made (X), not a column: their list is looked at too. */
    private List<String> checkOwnersOutsideTheColumns(Matrix.Row row, Fixtures.Scope scope) {
        List<String> faults = new ArrayList<>();
        for (String owner : Objects.requireNonNull(row.list().contains()).forCallers()) {
            if (matrix.callers().containsKey(owner)) {
                continue;
            }
            if (fixtures.isFixture(owner)) {
                fixtures.value(owner, "id", scope); // the person the test makes becomes a caller once made
            }
            Api.Reply reply = send(row, owner, scope, false, RunningPlatform.GATEWAY);
            if (reply.status() / 100 != 2) {
                faults.add(owner + " (the owner) could not read the list: " + Expectation.describe(reply, true));
                continue;
            }
            faults.addAll(checkList(row.list(), owner, reply, scope));
        }
        return faults;
    }

    private Api.Reply send(Matrix.Row row, String caller, Fixtures.Scope scope, boolean phantoms, String base) {
        Placeholders.Context context = new Placeholders.Context(caller, scope, phantoms);
        Matrix.Request r = row.request();
        String path = row.path();
        for (Map.Entry<String, String> p : r.path().entrySet()) {
            String value = Objects.requireNonNull(placeholders.fill(p.getValue(), context));
            path = path.replace("{" + p.getKey() + "}", URLEncoder.encode(value, StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        if (path.contains("{")) {
            throw new IllegalStateException(row.title() + ": no value for a path variable in " + path);
        }
        if (!r.query().isEmpty()) {
            path += "?" + r.query().entrySet().stream()
                    .map(q -> q.getKey() + "=" + URLEncoder.encode(Objects.requireNonNull(
                            placeholders.fill(q.getValue(), context)), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        r.headers().forEach((k, v) -> headers.put(k, placeholders.fill(v, context)));
        String token = callers.token(caller);
        if (r.upload() != null) {
            return exchange.upload(base, caller, row.method(), path, token, r.upload());
        }
        String body = placeholders.fill(r.body(), context);
        if (body == null && !row.method().equals("GET") && !row.method().equals("DELETE")) {
            body = "";
        }
        return exchange.send(base, caller, row.method(), path, token, body, r.contentType(), headers);
    }

    private boolean namesFixture(Matrix.Row row) {
        Matrix.Request r = row.request();
        return r.path().values().stream().anyMatch(placeholders::namesFixture)
                || r.query().values().stream().anyMatch(placeholders::namesFixture)
                || placeholders.namesFixture(r.body());
    }

    private String serviceOf(Matrix.Row row) {
        String service = row.path().split("/")[2];
        String base = services.get(service);
        if (base == null) {
            throw new IllegalStateException("no address for service " + service);
        }
        return base;
    }

    /**
     * The division prefix of a caller's subtree: a county (640324000000) covers 640324…, a town
     * (640324100000) 640324100…; null for a caller with no division.
     */
    static @Nullable String subtree(@Nullable String division) {
        if (division == null || !division.matches("\\d{12}")) {
            return null;
        }
        String prefix = division;
        if (prefix.endsWith("000")) {
            prefix = prefix.substring(0, 9);
            if (prefix.endsWith("000")) {
                prefix = prefix.substring(0, 6);
            }
        }
        return prefix;
    }

    /** Whether the item's field has the value; {@code tasks[].department}: whether any task's has. */
    private static boolean has(JsonNode item, String field, String value) {
        int each = field.indexOf("[].");
        if (each < 0) {
            return item.path(field).asString("").equals(value);
        }
        for (JsonNode element : item.path(field.substring(0, each))) {
            if (has(element, field.substring(each + 3), value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(JsonNode items, String field, String value) {
        for (JsonNode item : items) {
            if (item.path(field).asString("").equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode toArray(JsonNode single) {
        return JSON.createArrayNode().add(single);
    }

    private static String brief(JsonNode item) {
        String text = item.toString();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static String excerpt(Api.Reply reply) {
        if (reply.status() / 100 == 2) {
            return "";
        }
        String body = reply.body() == null ? "" : reply.body();
        int at = body.indexOf("\"en\":");
        String text = at >= 0 ? body.substring(at, Math.min(body.length(), at + 160)) : body;
        return text.isBlank() ? "" : " [" + text.replace('\n', ' ') + "]";
    }
}
