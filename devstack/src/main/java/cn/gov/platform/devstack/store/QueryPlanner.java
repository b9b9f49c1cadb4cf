package cn.gov.platform.devstack.store;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Chooses which documents a query has to look at: the positions one index (or a union of
 * indexes, for an {@code $or}) can narrow it to, or null for a scan of the collection. The
 * collection runs the whole query on every candidate, so any superset is a correct answer; the
 * planner only has to make it small.
 *
 * <ol>
 * <li>A unique index whose keys equal the query's keys: the library's own rule, unchanged
 * (except for regular expressions, which the library tests against string keys only).</li>
 * <li>A unique index whose every key the query asks to equal a value (or, for a one-field index,
 * to be {@code $in} a list): at most one document per value ({@code {_id, version}},
 * {@code {_id, state}}).</li>
 * <li>A secondary index: equality on its leading field(s), then optionally {@code $in}, a range
 * ({@code $gt/$gte/$lt/$lte} within one type) or an anchored prefix ({@code ^abc}) on the next.</li>
 * <li>For an {@code $or}: every branch planned on its own (with the conditions around the
 * {@code $or}), the union of their candidates.</li>
 * </ol>
 * Candidate plans are raced: each is counted with the best count so far as a cap, so a poor plan
 * costs no more than the winner. When the best plan would still read most of the collection the
 * scan is used.
 */
final class QueryPlanner {

    /** Nested {@code $or}s deeper than this, or wider, are left to the scan. */
    private static final int MAX_DEPTH = 3;
    private static final int MAX_BRANCHES = 32;

    private QueryPlanner() {
    }

    /** A way to find candidates. */
    private interface Plan<P> {

        /** The number of candidates, or any number above {@code cap} once it is clear there are more. */
        long count(long cap);

        void collect(Set<P> into);

        /** Higher is tried first: more fields narrowed by equality usually means fewer candidates. */
        int score();
    }

    /** The positions to read for {@code query}, in no particular order, or null to scan the collection. */
    static <P> @Nullable Set<P> candidates(Document query, List<Index<P>> indexes, long collectionSize) {
        for (Index<P> index : indexes) {
            if (index.isUnique() && !hasRegularExpression(query) && index.canHandle(query)) {
                Set<P> positions = new HashSet<>();
                index.getPositions(query).forEach(positions::add);
                return positions;
            }
        }
        QueryConditions conditions = QueryConditions.of(query);
        if (conditions == null) {
            return null;
        }
        // A plan that would read most of the collection loses to reading it in order.
        Plan<P> plan = best(conditions, indexes, 0, Math.max(collectionSize / 2, 16));
        if (plan == null) {
            return null;
        }
        Set<P> positions = new HashSet<>();
        plan.collect(positions);
        return positions;
    }

    private static boolean hasRegularExpression(Document query) {
        return query.values().stream().anyMatch(BsonRegularExpression::isRegularExpression);
    }

    /** The plan with the fewest candidates, if one has at most {@code limit}. */
    private static <P> @Nullable Plan<P> best(QueryConditions conditions, List<Index<P>> indexes, int depth,
            long limit) {
        List<Plan<P>> plans = new ArrayList<>();
        for (Index<P> index : indexes) {
            if (index.isUnique()) {
                Plan<P> unique = uniquePlan(index, conditions.fields());
                if (unique != null) {
                    return unique;
                }
            } else if (index instanceof SecondaryIndex<P> secondary && secondary.isPlannable()) {
                Plan<P> plan = secondaryPlan(secondary, conditions.fields());
                if (plan != null) {
                    plans.add(plan);
                }
            }
        }
        if (depth < MAX_DEPTH) {
            for (List<QueryConditions> disjunction : conditions.disjunctions()) {
                Plan<P> union = unionPlan(disjunction, conditions, indexes, depth, limit);
                if (union != null) {
                    plans.add(union);
                }
            }
        }
        plans.sort(Comparator.comparingInt((Plan<P> p) -> p.score()).reversed());
        Plan<P> best = null;
        long bestCount = limit + 1;
        for (Plan<P> plan : plans) {
            long n = plan.count(bestCount - 1);
            if (n < bestCount) {
                best = plan;
                bestCount = n;
                if (n == 0) {
                    break;
                }
            }
        }
        return best;
    }

    private static <P> @Nullable Plan<P> uniquePlan(Index<P> index, Map<String, FieldCondition> fields) {
        List<String> keys = index.getKeys().stream().map(IndexKey::getKey).toList();
        if (keys.stream().anyMatch(k -> k.contains("."))) {
            return null; // top-level fields only: their values are what the unique index holds
        }
        Document lookup = new Document();
        for (String key : keys) {
            FieldCondition c = fields.get(key);
            if (c != null && c.equalPart() != null) {
                lookup.put(key, c.equalTo());
            } else if (c != null && c.inParts() != null && keys.size() == 1) {
                lookup.put(key, new Document("$in", c.in()));
            } else {
                return null;
            }
        }
        if (!index.canHandle(lookup)) {
            return null;
        }
        Set<P> positions = new HashSet<>();
        index.getPositions(lookup).forEach(positions::add);
        return new Plan<>() {
            @Override
            public long count(long cap) {
                return positions.size();
            }

            @Override
            public void collect(Set<P> into) {
                into.addAll(positions);
            }

            @Override
            public int score() {
                return Integer.MAX_VALUE;
            }
        };
    }

    private static <P> @Nullable Plan<P> secondaryPlan(SecondaryIndex<P> index, Map<String, FieldCondition> fields) {
        List<String> paths = index.paths();
        List<KeyPart> equal = new ArrayList<>();
        int i = 0;
        while (i < paths.size()) {
            FieldCondition c = fields.get(paths.get(i));
            if (c == null || c.equalPart() == null) {
                break;
            }
            equal.add(c.equalPart());
            i++;
        }
        FieldCondition next = i < paths.size() ? fields.get(paths.get(i)) : null;
        List<KeyRange> ranges = new ArrayList<>();
        int score = 2 * equal.size();
        if (next != null && next.inParts() != null) {
            for (KeyPart part : next.inParts()) {
                List<KeyPart> prefix = new ArrayList<>(equal);
                prefix.add(part);
                ranges.add(withPrefix(prefix));
            }
            score += 1;
        } else if (next != null && next.hasRange()) {
            KeyPart lower = next.lower() != null ? next.lower() : KeyPart.bracketStart(next.rangeBracket());
            KeyPart upper = next.upper() != null ? next.upper() : KeyPart.bracketEnd(next.rangeBracket());
            boolean lowerInclusive = next.lower() == null || next.lowerInclusive();
            boolean upperInclusive = next.upper() == null || next.upperInclusive();
            ranges.add(KeyRange.between(
                    KeyTuple.of(equal, lower, lowerInclusive ? KeyPart.LOWEST : KeyPart.HIGHEST),
                    KeyTuple.of(equal, upper, upperInclusive ? KeyPart.HIGHEST : KeyPart.LOWEST)));
            score += 1;
        } else if (next != null && next.prefix() != null) {
            String prefix = next.prefix();
            ranges.add(new KeyRange(KeyTuple.of(equal, stringPart(prefix), KeyPart.LOWEST),
                    KeyTuple.of(equal, KeyPart.bracketEnd(KeyPart.STRING), KeyPart.HIGHEST), equal.size(), prefix));
            // The matcher tests a regular expression against the text of any non-null value.
            for (int bracket : KeyPart.VALUE_BRACKETS) {
                if (bracket != KeyPart.STRING) {
                    ranges.add(KeyRange.between(KeyTuple.of(equal, KeyPart.bracketStart(bracket)),
                            KeyTuple.of(equal, KeyPart.bracketEnd(bracket))));
                }
            }
            score += 1;
        } else if (!equal.isEmpty()) {
            ranges.add(withPrefix(equal));
        } else {
            return null;
        }
        int finalScore = score;
        return new Plan<>() {
            @Override
            public long count(long cap) {
                return index.count(ranges, cap);
            }

            @Override
            public void collect(Set<P> into) {
                index.collect(ranges, into);
            }

            @Override
            public int score() {
                return finalScore;
            }
        };
    }

    private static KeyPart stringPart(String s) {
        KeyPart part = KeyPart.of(s);
        if (part == null) {
            throw new IllegalStateException("a string always has a key part");
        }
        return part;
    }

    private static KeyRange withPrefix(List<KeyPart> prefix) {
        return KeyRange.between(KeyTuple.of(prefix, KeyPart.LOWEST), KeyTuple.of(prefix, KeyPart.HIGHEST));
    }

    private static <P> @Nullable Plan<P> unionPlan(List<QueryConditions> branches, QueryConditions around,
            List<Index<P>> indexes, int depth, long limit) {
        if (branches.size() > MAX_BRANCHES) {
            return null;
        }
        List<Plan<P>> plans = new ArrayList<>(branches.size());
        for (QueryConditions branch : branches) {
            Plan<P> plan = best(branch.within(around), indexes, depth + 1, limit);
            if (plan == null) {
                return null; // one branch needs a scan: so does the whole $or
            }
            plans.add(plan);
        }
        return new Plan<>() {
            @Override
            public long count(long cap) {
                long n = 0;
                for (Plan<P> plan : plans) {
                    n += plan.count(cap - n);
                    if (n > cap) {
                        return n;
                    }
                }
                return n;
            }

            @Override
            public void collect(Set<P> into) {
                plans.forEach(p -> p.collect(into));
            }

            @Override
            public int score() {
                return plans.stream().mapToInt(Plan::score).min().orElse(0) - 1;
            }
        };
    }
}
