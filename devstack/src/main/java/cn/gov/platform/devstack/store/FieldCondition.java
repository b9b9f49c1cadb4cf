package cn.gov.platform.devstack.store;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a query asks of one field, as far as an index can answer it: an equality, an {@code $in},
 * a range within one type bracket, an anchored string prefix. Several conditions on one field
 * (from {@code $and}) narrow it; one the index cannot use is simply left to the query matcher.
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

    /** A bound from {@code $gt} (lower, exclusive), {@code $gte}, {@code $lt} or {@code $lte}. */
    void bound(boolean isLower, boolean inclusive, KeyPart part) {
        if (rangeBracket == -1) {
            rangeBracket = part.bracket();
        } else if (rangeBracket != part.bracket()) {
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
        if (other.lower != null) {
            bound(true, other.lowerInclusive, other.lower);
        }
        if (other.upper != null) {
            bound(false, other.upperInclusive, other.upper);
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
