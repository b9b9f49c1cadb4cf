package cn.gov.platform.devstack.store;

import de.bwaldvogel.mongo.backend.QueryOperator;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A query filter read as "all of these field conditions, and one branch of each of these
 * disjunctions" ({@code $and} is flattened, {@code $or} kept as branches). Anything else
 * ({@code $nor}, {@code $expr}, {@code $ne}, {@code $exists}, embedded-document equality, ...)
 * narrows nothing here and is left to the query matcher, which the collection runs on every
 * candidate anyway.
 */
final class QueryConditions {

    private static final Set<String> FIELD_OPERATORS = Arrays.stream(QueryOperator.values())
            .map(QueryOperator::getValue).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> REFERENCE_KEYS = Set.of("$ref", "$id");

    private final Map<String, FieldCondition> fields = new LinkedHashMap<>();
    private final List<List<QueryConditions>> disjunctions = new ArrayList<>();

    /**
     * The conditions of {@code query}, or null when it uses an operator or a form the matcher
     * refuses: such a query goes to the scan, so that its error is the scan's.
     */
    static @Nullable QueryConditions of(Document query) {
        QueryConditions conditions = new QueryConditions();
        return conditions.add(query) ? conditions : null;
    }

    Map<String, FieldCondition> fields() {
        return fields;
    }

    List<List<QueryConditions>> disjunctions() {
        return disjunctions;
    }

    /** These conditions and also {@code outer}'s field conditions (a branch of an {@code $or} inside them). */
    QueryConditions within(QueryConditions outer) {
        QueryConditions merged = new QueryConditions();
        outer.fields.forEach((field, c) -> merged.fields.put(field, c.copy()));
        fields.forEach((field, c) -> merged.fields.computeIfAbsent(field, f -> new FieldCondition()).narrow(c));
        merged.disjunctions.addAll(disjunctions);
        return merged;
    }

    private boolean add(Document query) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            switch (key) {
                case "$and" -> {
                    List<Document> parts = documents(value);
                    if (parts == null) {
                        return false;
                    }
                    for (Document part : parts) {
                        if (!add(part)) {
                            return false;
                        }
                    }
                }
                case "$or" -> {
                    List<Document> parts = documents(value);
                    if (parts == null) {
                        return false;
                    }
                    List<QueryConditions> branches = new ArrayList<>(parts.size());
                    for (Document part : parts) {
                        QueryConditions branch = of(part);
                        if (branch == null) {
                            return false;
                        }
                        branches.add(branch);
                    }
                    disjunctions.add(branches);
                }
                case "$nor" -> {
                    List<Document> parts = documents(value);
                    if (parts == null || parts.stream().anyMatch(p -> of(p) == null)) {
                        return false;
                    }
                }
                case "$expr", "$comment" -> {
                    // left to the matcher
                }
                default -> {
                    if (key.startsWith("$") || !addField(key, value)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static @Nullable List<Document> documents(@Nullable Object value) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            return null;
        }
        List<Document> documents = new ArrayList<>(list.size());
        for (Object o : list) {
            if (!(o instanceof Document d)) {
                return null;
            }
            documents.add(d);
        }
        return documents;
    }

    private boolean addField(String field, @Nullable Object value) {
        if (BsonRegularExpression.isRegularExpression(value)) {
            BsonRegularExpression regex = BsonRegularExpression.convertToRegularExpression(value);
            String literal = AnchoredPrefix.of(regex.getPattern(), regex.getOptions());
            if (literal != null) {
                condition(field).prefix(literal);
            }
            return true;
        }
        if (value instanceof Document operators) {
            return addOperators(field, operators);
        }
        if (value == null || value instanceof Collection<?>) {
            return true; // null also matches a missing field; arrays compare whole: both left to the matcher
        }
        KeyPart part = KeyPart.of(value);
        if (part != null && !part.isNull()) {
            condition(field).equalTo(value, part);
        }
        return true;
    }

    private boolean addOperators(String field, Document operators) {
        if (operators.isEmpty()) {
            return true;
        }
        if (operators.keySet().equals(REFERENCE_KEYS)) {
            return true; // a DBRef compared whole
        }
        boolean operatorForm = operators.keySet().iterator().next().startsWith("$");
        FieldCondition.Range range = new FieldCondition.Range();
        for (Map.Entry<String, Object> e : operators.entrySet()) {
            String op = e.getKey();
            Object argument = e.getValue();
            if (!op.startsWith("$")) {
                if (operatorForm) {
                    return false; // the matcher refuses a field name among operators
                }
                continue;
            }
            if (!FIELD_OPERATORS.contains(op)) {
                return false;
            }
            if (!operatorForm) {
                continue; // an embedded document with some $-keys: left to the matcher
            }
            switch (op) {
                case "$eq" -> {
                    KeyPart part = argument instanceof Collection<?> || argument instanceof Document ? null
                            : KeyPart.of(argument);
                    if (part != null && !part.isNull()) {
                        condition(field).equalTo(argument, part);
                    }
                }
                case "$in" -> {
                    if (!(argument instanceof Collection<?> values)) {
                        return false;
                    }
                    List<KeyPart> parts = inParts(values);
                    if (parts != null) {
                        condition(field).in(List.copyOf(values), parts);
                    }
                }
                case "$gt", "$gte", "$lt", "$lte" -> {
                    if (argument instanceof MinKey || argument instanceof MaxKey) {
                        continue; // compares with every type
                    }
                    KeyPart part = KeyPart.of(argument);
                    if (part != null && !part.isNull()) {
                        range.bound(op.startsWith("$g"), op.endsWith("e"), part);
                    }
                }
                case "$nin", "$all" -> {
                    if (!(argument instanceof Collection<?>)) {
                        return false;
                    }
                }
                case "$size" -> {
                    if (!(argument instanceof Number)) {
                        return false;
                    }
                }
                case "$elemMatch" -> {
                    if (!(argument instanceof Document)) {
                        return false;
                    }
                }
                default -> {
                    // $ne, $not, $exists, $type, $mod, ...: left to the matcher
                }
            }
        }
        if (range.bracket() != -1) {
            condition(field).range(range);
        }
        return true;
    }

    /** The parts of an {@code $in} list, or null when one of its values cannot be looked up (null, regex, array, document). */
    private static @Nullable List<KeyPart> inParts(Collection<?> values) {
        List<KeyPart> parts = new ArrayList<>(values.size());
        for (Object v : values) {
            if (v instanceof Collection<?> || v instanceof Document || BsonRegularExpression.isRegularExpression(v)) {
                return null;
            }
            KeyPart part = KeyPart.of(v);
            if (part == null || part.isNull()) {
                return null;
            }
            parts.add(part);
        }
        return parts;
    }

    private FieldCondition condition(String field) {
        return fields.computeIfAbsent(field, f -> new FieldCondition());
    }
}
