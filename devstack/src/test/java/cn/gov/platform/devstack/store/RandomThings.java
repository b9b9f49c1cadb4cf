package cn.gov.platform.devstack.store;

import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

/**
 * Random documents and random query filters over a small domain, so that filters match some
 * documents and values collide. The documents mix what the indexes must get right: missing
 * fields and nulls, arrays (also of sub-documents, nested, empty), numbers of every BSON type,
 * longs the matcher compares oddly, strings next to numbers, dates as text and as dates.
 */
final class RandomThings {

    static final String COLLECTION = "things";
    private static final long BIG = 3_000_000_000L;

    private final Random random;
    private int serial;

    RandomThings(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    Document document() {
        int n = serial++;
        Object id = switch (random.nextInt(10)) {
            case 0 -> n;                  // an int _id among strings
            case 1 -> new ObjectId();
            default -> "t" + n;
        };
        Document d = new Document("_id", id).append("n", n).append("version", random.nextInt(3));
        put(d, "a", aValue());
        put(d, "b", bValue());
        put(d, "c", cValue());
        put(d, "flag", random.nextInt(4) == 0 ? MISSING : random.nextBoolean());
        put(d, "sub", subValue());
        put(d, "tags", tagsValue());
        d.append("state", pick("OPEN", "DRAFT", "CLOSED", "UNDER_REVIEW"));
        if (random.nextInt(3) == 0) {
            d.append("code", "K" + n);
        }
        return d;
    }

    private static final Object MISSING = new Object();

    private static void put(Document d, String field, Object value) {
        if (value != MISSING) {
            d.append(field, value);
        }
    }

    Object aValue() {
        return switch (random.nextInt(20)) {
            case 0, 1 -> MISSING;
            case 2 -> null;
            case 3, 4 -> List.of(a(), a());
            case 5 -> random.nextInt(5);       // a number where strings are usual
            case 6 -> List.of();
            default -> a();
        };
    }

    String a() {
        return "x" + random.nextInt(10);
    }

    Object bValue() {
        return switch (random.nextInt(20)) {
            case 0 -> MISSING;
            case 1 -> null;
            case 2 -> random.nextInt(40) + 0.5;
            case 3 -> (long) random.nextInt(40);
            case 4 -> BIG + random.nextInt(3);         // compared as longs by the matcher
            case 5 -> String.valueOf(random.nextInt(40));
            case 6 -> List.of(random.nextInt(40), random.nextInt(40));
            case 7 -> Double.NaN;
            default -> random.nextInt(40);
        };
    }

    Object cValue() {
        return switch (random.nextInt(6)) {
            case 0 -> MISSING;
            case 1 -> new Date(1_780_000_000_000L + random.nextInt(30) * 86_400_000L);
            default -> day();
        };
    }

    String day() {
        return "2026-01-%02d".formatted(1 + random.nextInt(28));
    }

    Object subValue() {
        return switch (random.nextInt(8)) {
            case 0 -> MISSING;
            case 1 -> List.of(new Document("x", s()), new Document("x", s()), new Document("y", 1));
            case 2 -> List.of(List.of(new Document("x", s())));     // an array inside an array
            case 3 -> new Document("x", List.of(s(), s()));
            case 4 -> "not a document";
            case 5 -> new Document("x", new Document("deep", 1));
            default -> new Document("x", s());
        };
    }

    String s() {
        return "s" + random.nextInt(6);
    }

    Object tagsValue() {
        int size = random.nextInt(4);
        if (size == 3 && random.nextBoolean()) {
            return MISSING;
        }
        List<Object> tags = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            tags.add("g" + random.nextInt(8));
        }
        return tags;
    }

    Object bBound() {
        return switch (random.nextInt(8)) {
            case 0 -> random.nextInt(40) + 0.5;
            case 1 -> String.valueOf(random.nextInt(40));
            case 2 -> (long) random.nextInt(40);
            default -> random.nextInt(40);
        };
    }

    /** A filter of one of the shapes the indexes serve, or one they leave to the scan. */
    Bson filter() {
        return filter(random.nextInt(33));
    }

    /**
     * A filter for writes that are compared with the plain library. Not a regular expression on
     * {@code code} alone: the library answers that from its unique index, in the index's (hash)
     * order rather than a scan's, so an updateOne or deleteOne may pick another first document.
     */
    Bson writeFilter() {
        int shape = random.nextInt(32);
        return filter(shape == 29 ? 32 : shape);
    }

    private Bson filter(int shape) {
        return switch (shape) {
            case 0 -> Filters.eq("a", a());
            case 1 -> Filters.and(Filters.eq("a", a()), Filters.eq("b", random.nextInt(40)));
            case 2 -> Filters.and(Filters.eq("a", a()), range("b"));
            case 3 -> range("b");
            case 4 -> Filters.and(Filters.gte("b", bBound()), Filters.lt("b", bBound()));
            case 5 -> Filters.in("a", a(), a(), a());
            case 6 -> Filters.and(Filters.eq("a", a()), Filters.in("b", random.nextInt(40), random.nextInt(40) + 0.5));
            case 7 -> Filters.lt("c", day());
            case 8 -> Filters.gte("c", new Date(1_780_000_000_000L + random.nextInt(30) * 86_400_000L));
            case 9 -> Filters.eq("sub.x", s());
            case 10 -> Filters.eq("tags", "g" + random.nextInt(8));
            case 11 -> Filters.in("tags", "g" + random.nextInt(8), "g" + random.nextInt(8));
            case 12 -> Filters.or(Filters.eq("a", a()), Filters.eq("tags", "g" + random.nextInt(8)));
            case 13 -> Filters.and(Filters.or(Filters.and(Filters.eq("a", a()), Filters.eq("b", random.nextInt(40))),
                    Filters.eq("sub.x", s()), Filters.and(Filters.eq("a", a()), Filters.eq("tags", "g1"))),
                    Filters.ne("state", "DRAFT"));
            case 14 -> Filters.regex("a", "^" + Pattern.quote("x" + random.nextInt(3)));
            case 15 -> Filters.regex("a", "^x" + random.nextInt(10) + "|x1");
            case 16 -> Filters.and(Filters.eq("_id", "t" + random.nextInt(serial + 1)), Filters.eq("version", random.nextInt(3)));
            case 17 -> Filters.and(Filters.eq("_id", "t" + random.nextInt(serial + 1)), Filters.eq("state", "OPEN"));
            case 18 -> Filters.and(Filters.in("_id", "t" + random.nextInt(serial + 1), "t" + random.nextInt(serial + 1),
                    random.nextInt(serial + 1)), Filters.ne("state", "CLOSED"));
            case 19 -> Filters.and(Filters.eq("flag", random.nextBoolean()), range("c"));
            case 20 -> Filters.and(Filters.eq("a", a()), Filters.exists("b"));
            case 21 -> Filters.ne("a", a());
            case 22 -> Filters.and(Filters.eq("code", "K" + random.nextInt(serial + 1)), Filters.eq("a", a()));
            case 23 -> Filters.gt("b", BIG);
            case 24 -> Filters.and(Filters.eq("a", null), Filters.eq("flag", true));
            case 25 -> Filters.and(Filters.gt("b", 10), Filters.lt("b", 5));
            case 26 -> Filters.nor(Filters.eq("a", a()));
            case 27 -> Filters.and(Filters.eq("a", a()), Filters.regex("state", "open", "i"));
            case 28 -> Filters.eq("sub", new Document("x", s()));
            case 29 -> Filters.regex("code", "^K" + random.nextInt(30));
            case 30 -> Filters.and(Filters.gte("n", random.nextInt(serial + 1)), Filters.lt("n", random.nextInt(serial + 1)),
                    Filters.ne("state", "OPEN"));
            case 31 -> Filters.lt("code", "K" + random.nextInt(serial + 1));
            default -> new Document();
        };
    }

    private Bson range(String field) {
        Object bound = field.equals("c") ? day() : bBound();
        return switch (random.nextInt(4)) {
            case 0 -> Filters.gt(field, bound);
            case 1 -> Filters.gte(field, bound);
            case 2 -> Filters.lt(field, bound);
            default -> Filters.lte(field, bound);
        };
    }

    /** A change for update operations. */
    Bson update() {
        Document set = new Document();
        switch (random.nextInt(7)) {
            case 0 -> set.append("$set", new Document("a", nonMissing(aValue())));
            case 1 -> set.append("$set", new Document("b", nonMissing(bValue())));
            case 2 -> set.append("$unset", new Document("c", ""));
            case 3 -> set.append("$set", new Document("tags", nonMissing(tagsValue())));
            case 4 -> set.append("$set", new Document("sub", nonMissing(subValue())));
            case 5 -> set.append("$inc", new Document("version", 1));
            default -> set.append("$set", new Document("flag", random.nextBoolean()).append("c", day()));
        }
        return set;
    }

    private static Object nonMissing(Object value) {
        return value == MISSING ? "gone" : value;
    }

    String pick(String... values) {
        return values[random.nextInt(values.length)];
    }
}
