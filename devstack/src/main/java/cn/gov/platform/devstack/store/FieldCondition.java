package cn.gov.platform.devstack.store;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a query asks of one field, as far as an index can answer it: an equality, an {@code $in},
 * a range within one type bracket, an anchored string prefix. Of several conditions of one kind
 * on a field (from {@code $and}) the first is kept: each alone selects a superset of the matches.
 * A condition the index cannot use is simply left to the query matcher.
 */
final class FieldCondition {

    private @Nullable Object equalTo;
    private @Nullable KeyPart equalPart;
    private @Nullable List<?> in;
    private @Nullable List<KeyPart> inParts;
    private int rangeBracket = -1;
    private @Nullable KeyPart lower;
    private boolean lowerInclusive;
    private @Nullable KeyPart upper;
    private boolean upperInclusive;
    private @Nullable String prefix;

    void equalTo(Object value, KeyPart part) {
        if (equalPart == null) {
            equalTo = value;
            equalPart = part;
        }
    }

    void in(List<?> values, List<KeyPart> parts) {
        if (inParts == null) {
            in = values;
            inParts = parts;
        }
    }

    /**
     * The range of one operator document ({@code {$gte: a, $lt: b}}): its bounds hold together, for
     * an array field on one and the same element. Ranges from separate documents ({@code $and:
     * [{f: {$gt: 10}}, {f: {$lt: 5}}]}) may hold on different elements of an array, so they are not
     * intersected: the first one is kept, which is a superset of what the query matches.
     */
    void range(Range range) {
        if (rangeBracket == -1 && range.bracket() != -1) {
            rangeBracket = range.bracket();
            lower = range.lower;
            lowerInclusive = range.lowerInclusive;
            upper = range.upper;
            upperInclusive = range.upperInclusive;
        }
    }

    /** The bounds of one operator document, narrowed as they are added. */
    static final class Range {

        private int bracket = -1;
        private @Nullable KeyPart lower;
        private boolean lowerInclusive;
        private @Nullable KeyPart upper;
        private boolean upperInclusive;

        /** A bound from {@code $gt} (lower, exclusive), {@code $gte}, {@code $lt} or {@code $lte}. */
        void bound(boolean isLower, boolean inclusive, KeyPart part) {
            if (bracket == -1) {
                bracket = part.bracket();
            } else if (bracket != part.bracket()) {
                return; // bounds in two brackets match nothing; one of them is enough for the index
            }
            if (isLower) {
                int c = lower == null ? 1 : part.compareTo(lower);
                if (c > 0 || (c == 0 && !inclusive)) {
                    lower = part;
                    lowerInclusive = inclusive;
                }
            } else {
                int c = upper == null ? -1 : part.compareTo(upper);
                if (c < 0 || (c == 0 && !inclusive)) {
                    upper = part;
                    upperInclusive = inclusive;
                }
            }
        }

        int bracket() {
            return bracket;
        }
    }

    void prefix(String literal) {
        if (prefix == null) {
            prefix = literal;
        }
    }

    /** Adds what {@code other} asks of the same field (both must hold). */
    void narrow(FieldCondition other) {
        if (other.equalPart != null) {
            equalTo(other.equalTo, other.equalPart);
        }
        if (other.inParts != null) {
            in(other.in, other.inParts);
        }
        if (other.rangeBracket != -1 && rangeBracket == -1) {
            rangeBracket = other.rangeBracket;
            lower = other.lower;
            lowerInclusive = other.lowerInclusive;
            upper = other.upper;
            upperInclusive = other.upperInclusive;
        }
        if (other.prefix != null) {
            prefix(other.prefix);
        }
    }

    FieldCondition copy() {
        FieldCondition c = new FieldCondition();
        c.narrow(this);
        return c;
    }

    @Nullable Object equalTo() {
        return equalTo;
    }

    @Nullable KeyPart equalPart() {
        return equalPart;
    }

    @Nullable List<?> in() {
        return in;
    }

    @Nullable List<KeyPart> inParts() {
        return inParts;
    }

    boolean hasRange() {
        return rangeBracket != -1;
    }

    int rangeBracket() {
        return rangeBracket;
    }

    @Nullable KeyPart lower() {
        return lower;
    }

    boolean lowerInclusive() {
        return lowerInclusive;
    }

    @Nullable KeyPart upper() {
        return upper;
    }

    boolean upperInclusive() {
        return upperInclusive;
    }

    @Nullable String prefix() {
        return prefix;
    }
}
