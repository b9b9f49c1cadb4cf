package cn.gov.platform.devstack.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A key of a (compound) secondary index, or a bound for a range of keys.
 *
 * <p>Keys compare part by part. A bound may be one part longer than the keys it ranges over;
 * where a key ends and the bound goes on, the bound's extra part decides: {@link KeyPart#LOWEST}
 * puts the bound before every key with its prefix, anything else after them.
 */
final class KeyTuple implements Comparable<KeyTuple> {

    private final KeyPart[] parts;

    private KeyTuple(KeyPart[] parts) {
        this.parts = parts;
    }

    static KeyTuple of(List<KeyPart> parts) {
        return new KeyTuple(parts.toArray(KeyPart[]::new));
    }

    /** {@code prefix} followed by {@code more}. */
    static KeyTuple of(List<KeyPart> prefix, KeyPart... more) {
        List<KeyPart> all = new ArrayList<>(prefix);
        all.addAll(Arrays.asList(more));
        return of(all);
    }

    KeyPart part(int i) {
        return parts[i];
    }

    int size() {
        return parts.length;
    }

    @Override
    public int compareTo(KeyTuple other) {
        int common = Math.min(parts.length, other.parts.length);
        for (int i = 0; i < common; i++) {
            int c = parts[i].compareTo(other.parts[i]);
            if (c != 0) {
                return c;
            }
        }
        if (parts.length == other.parts.length) {
            return 0;
        }
        KeyTuple longer = parts.length > other.parts.length ? this : other;
        int longerSign = longer.parts[common].isLowest() ? -1 : 1;
        return longer == this ? longerSign : -longerSign;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyTuple other && Arrays.equals(parts, other.parts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parts);
    }

    @Override
    public String toString() {
        return Arrays.toString(parts);
    }
}
