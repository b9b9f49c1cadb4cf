package cn.gov.platform.e2e.authorization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The checked-in table (src/test/resources/authorization-matrix.yaml): the kinds of caller, and
 * per operation how to call it and what each caller must get. Only shape is checked here; whether
 * every row decides for every caller is a test of its own, so that it can say which row is short.
 */
record Matrix(Map<String, CallerSpec> callers, List<Row> rows) {

    static final String RESOURCE = "/authorization-matrix.yaml";

    /** A kind of caller: a demo user (password grant), a client (client credentials), or nobody. */
    record CallerSpec(String name, @Nullable String user, @Nullable String client, @Nullable String secret,
            @Nullable String phone, String about) {

        boolean anonymous() {
            return user == null && client == null;
        }
    }

    /**
     * How to call one operation and what every caller must get; several rows may test one
     * operation. {@code optional}: the operation exists only with a development switch on;
     * {@code solo}: the row runs alone, after all the others.
     */
    record Row(String method, String path, @Nullable String variant, Request request,
            Map<String, Expectation> expect, Map<String, Expectation> direct, @Nullable ListCheck list,
            List<String> fresh, boolean optional, boolean solo) {

        String operation() {
            return method + " " + path;
        }

        String title() {
            return variant == null ? operation() : operation() + " (" + variant + ")";
        }

        boolean internal() {
            return path.contains("/internal/");
        }
    }

    /** The request's parts, each with placeholders still in it. */
    record Request(Map<String, String> path, Map<String, String> query, Map<String, String> headers,
            @Nullable String body, @Nullable String contentType, @Nullable String upload) {
    }

    /**
     * What a list shows each caller who gets it: every item carries the caller's values in
     * {@code each} and in at least one of the maps of {@code any} (a field {@code tasks[].department}
     * matches when any element does), lies under the caller's division in field {@code within},
     * and the fixture {@code contains.value} appears for exactly the callers named (and nobody else).
     * {@code callers}: the callers whose lists {@code each}, {@code any} and {@code within} constrain.
     */
    record ListCheck(String items, List<String> callers, Map<String, String> each, List<Map<String, String>> any,
            @Nullable String within, @Nullable Contains contains) {

        /** Whether {@code each}, {@code any} and {@code within} apply to this caller's list (all callers unless named). */
        boolean constrains(String caller) {
            return callers.isEmpty() || callers.contains(caller);
        }
    }

    record Contains(String field, String value, List<String> forCallers) {
    }

    static Matrix load() {
        try (InputStream in = Matrix.class.getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, RESOURCE + " is missing");
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return new Matrix(callers(map(root.get("callers"))), rows(list(root.get("operations"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, CallerSpec> callers(Map<String, Object> raw) {
        Map<String, CallerSpec> callers = new LinkedHashMap<>();
        raw.forEach((name, value) -> {
            Map<String, Object> c = map(value);
            callers.put(name, new CallerSpec(name, text(c.get("user")), text(c.get("client")), text(c.get("secret")),
                    text(c.get("phone")), Objects.requireNonNullElse(text(c.get("about")), "")));
        });
        return callers;
    }

    private static List<Row> rows(List<Object> raw) {
        List<Row> rows = new ArrayList<>();
        for (Object entry : raw) {
            Map<String, Object> r = map(entry);
            String op = Objects.requireNonNull(text(r.get("op")), "a row without op: " + r);
            String[] parts = op.trim().split("\\s+", 2);
            Request request = new Request(strings(r.get("path")), strings(r.get("query")), strings(r.get("headers")),
                    text(r.get("body")), text(r.get("contentType")), text(r.get("upload")));
            rows.add(new Row(parts[0], parts[1], text(r.get("variant")), request, expectations(r.get("expect"), op),
                    r.containsKey("direct") ? expectations(r.get("direct"), op) : Map.of(), listCheck(r.get("list")),
                    r.containsKey("fresh") ? list(r.get("fresh")).stream().map(String::valueOf).toList() : List.of(),
                    Boolean.TRUE.equals(r.get("optional")), Boolean.TRUE.equals(r.get("solo"))));
        }
        return rows;
    }

    /**
     * {@code class: [caller, ...]} turned around into caller → expectation. A caller named twice
     * is a mistake in the table: refused here at once.
     */
    private static Map<String, Expectation> expectations(@Nullable Object raw, String op) {
        Map<String, Expectation> byCaller = new LinkedHashMap<>();
        map(Objects.requireNonNull(raw, op + " has no expect")).forEach((cls, callers) -> {
            Expectation expectation = Expectation.parse(cls);
            for (Object caller : list(callers)) {
                if (byCaller.put(String.valueOf(caller), expectation) != null) {
                    throw new IllegalStateException(op + " names " + caller + " twice");
                }
            }
        });
        return byCaller;
    }

    private static @Nullable ListCheck listCheck(@Nullable Object raw) {
        if (raw == null) {
            return null;
        }
        Map<String, Object> l = map(raw);
        Contains contains = null;
        if (l.get("contains") != null) {
            Map<String, Object> c = map(l.get("contains"));
            contains = new Contains(text(c.get("field")), text(c.get("value")),
                    list(c.get("for")).stream().map(String::valueOf).toList());
        }
        return new ListCheck(Objects.requireNonNullElse(text(l.get("items")), ""),
                list(l.get("callers")).stream().map(String::valueOf).toList(), strings(l.get("each")),
                list(l.get("any")).stream().map(Matrix::strings).toList(), text(l.get("within")), contains);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(@Nullable Object raw) {
        return raw == null ? Map.of() : (Map<String, Object>) raw;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(@Nullable Object raw) {
        return raw == null ? List.of() : (List<Object>) raw;
    }

    private static Map<String, String> strings(@Nullable Object raw) {
        Map<String, String> values = new LinkedHashMap<>();
        map(raw).forEach((k, v) -> values.put(k, String.valueOf(v)));
        return values;
    }

    private static @Nullable String text(@Nullable Object raw) {
        return raw == null ? null : String.valueOf(raw);
    }
}
