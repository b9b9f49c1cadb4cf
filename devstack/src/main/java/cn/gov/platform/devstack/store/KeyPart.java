package cn.gov.platform.devstack.store;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One component of a secondary index key, ordered so that a range of the index holds exactly the
 * values the store's query matcher would compare with a bound.
 *
 * <p>The matcher ({@code DefaultQueryMatcher}) compares {@code $gt/$gte/$lt/$lte} only within one
 * type (all numbers count as one), with the library's {@code ValueComparator}; it compares
 * equality on normalised values (every number as a double). So the parts are grouped by type
 * bracket, in BSON order, and ordered within a bracket the way {@code ValueComparator} orders them.
 * Values whose order or equality this class could not reproduce exactly (decimals, longs beyond
 * the int range that {@code ValueComparator} compares truncated, binary data, documents, arrays
 * inside arrays, ...) have no part: {@link #of} answers null and the index keeps such a document
 * as a candidate for every query, which is always correct.
 */
final class KeyPart implements Comparable<KeyPart> {

    // Brackets, in the order of BSON's type comparison.
    static final int MIN = 0;
    static final int NULL = 1;
    static final int NUMBER = 2;
    static final int STRING = 3;
    static final int UUID_BRACKET = 4;
    static final int OBJECT_ID = 5;
    static final int BOOLEAN = 6;
    static final int INSTANT = 7;
    static final int MAX = 8;

    /** The brackets that hold values (not null, not the sentinels). */
    static final int[] VALUE_BRACKETS = {NUMBER, STRING, UUID_BRACKET, OBJECT_ID, BOOLEAN, INSTANT};

    // Where a part sits in its bracket: before every value, a value, after every value.
    private static final int LOW = -1;
    private static final int VALUE = 0;
    private static final int HIGH = 1;

    /** Below every key: closes a lower bound that includes its prefix. */
    static final KeyPart LOWEST = new KeyPart(MIN, VALUE, null);
    /** Above every key: closes an upper bound that includes its prefix. */
    static final KeyPart HIGHEST = new KeyPart(MAX, VALUE, null);
    /** A missing field, an explicit null or an empty array. */
    static final KeyPart NULL_PART = new KeyPart(NULL, VALUE, null);

    private final int bracket;
    private final int edge;
    private final @Nullable Object value;

    private KeyPart(int bracket, int edge, @Nullable Object value) {
        this.bracket = bracket;
        this.edge = edge;
        this.value = value;
    }

    /** The part for a field value, or null when the value cannot be placed exactly (see the class comment). */
    static @Nullable KeyPart of(@Nullable Object value) {
        if (Missing.isNullOrMissing(value)) {
            return NULL_PART;
        }
        if (value instanceof String s) {
            return new KeyPart(STRING, VALUE, s);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Double || value instanceof Short
                || value instanceof Byte || value instanceof Float) {
            return number((Number) value);
        }
        if (value instanceof Boolean b) {
            return new KeyPart(BOOLEAN, VALUE, b);
        }
        if (value instanceof Instant i) {
            return new KeyPart(INSTANT, VALUE, i);
        }
        if (value instanceof ObjectId id) {
            return new KeyPart(OBJECT_ID, VALUE, id);
        }
        if (value instanceof UUID u) {
            return new KeyPart(UUID_BRACKET, VALUE, u);
        }
        return null;
    }

    /**
     * {@code ValueComparator} normalises a number to an int, a long or a double and compares two
     * numbers as longs (truncating fractions) as soon as one of them is a long. Numbers that
     * normalise to a long are therefore left out; all others compare as doubles, as here.
     */
    private static @Nullable KeyPart number(Number n) {
        double d = n.doubleValue();
        if (!Double.isNaN(d) && !Double.isInfinite(d) && n.intValue() != d && n.longValue() == d) {
            return null;
        }
        return new KeyPart(NUMBER, VALUE, d == 0.0 ? 0.0 : d);
    }

    /** Before every value of {@code bracket}. */
    static KeyPart bracketStart(int bracket) {
        return new KeyPart(bracket, LOW, null);
    }

    /** After every value of {@code bracket}. */
    static KeyPart bracketEnd(int bracket) {
        return new KeyPart(bracket, HIGH, null);
    }

    int bracket() {
        return bracket;
    }

    boolean isNull() {
        return bracket == NULL;
    }

    boolean isLowest() {
        return bracket == MIN;
    }

    /** The string of a STRING part, else null. */
    @Nullable String string() {
        return bracket == STRING && edge == VALUE ? (String) value : null;
    }

    @Override
    public int compareTo(KeyPart other) {
        int c = Integer.compare(bracket, other.bracket);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(edge, other.edge);
        if (c != 0 || edge != VALUE) {
            return c;
        }
        Object a = value;
        Object b = other.value;
        if (a == null || b == null) {
            return 0;
        }
        return switch (bracket) {
            case NUMBER -> Double.compare((Double) a, (Double) b);
            case STRING -> ((String) a).compareTo((String) b);
            // ValueComparator orders UUIDs by their text.
            case UUID_BRACKET -> a.toString().compareTo(b.toString());
            case OBJECT_ID -> ((ObjectId) a).compareTo((ObjectId) b);
            case BOOLEAN -> Boolean.compare((Boolean) a, (Boolean) b);
            case INSTANT -> ((Instant) a).compareTo((Instant) b);
            default -> 0;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyPart other && compareTo(other) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * bracket + edge) + (value == null ? 0 : value.hashCode());
    }

    @Override
    public String toString() {
        return switch (edge) {
            case LOW -> "[" + bracket;
            case HIGH -> bracket + "]";
            default -> String.valueOf(value);
        };
    }
}
