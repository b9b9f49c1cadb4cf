package cn.gov.platform.devstack.store;

import org.jspecify.annotations.Nullable;

/**
 * The keys of a secondary index from {@code from} to {@code to}; when {@code prefix} is set, only
 * the leading run of keys whose part {@code prefixPart} is a string starting with it (an anchored
 * regular expression: such strings sit together in the index, right after the prefix itself).
 */
record KeyRange(KeyTuple from, KeyTuple to, int prefixPart, @Nullable String prefix) {

    static KeyRange between(KeyTuple from, KeyTuple to) {
        return new KeyRange(from, to, -1, null);
    }

    boolean isEmpty() {
        return from.compareTo(to) > 0;
    }

    /** Whether {@code key}, reached by walking up from {@code from}, is still in this range's prefix run. */
    boolean continuesWith(KeyTuple key) {
        if (prefix == null) {
            return true;
        }
        String s = key.part(prefixPart).string();
        return s != null && s.startsWith(prefix);
    }
}
