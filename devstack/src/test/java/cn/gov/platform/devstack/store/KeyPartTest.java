package cn.gov.platform.devstack.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeyPartTest {

    @Test
    void keyPartsOrderValuesExactlyAsTheStoresComparatorDoes() {
        Random random = new Random(7);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            values.add(switch (random.nextInt(12)) {
                case 0 -> random.nextInt(20) - 10;
                case 1 -> (long) (random.nextInt(20) - 10);
                case 2 -> (random.nextInt(40) - 20) / 4.0;
                case 3 -> random.nextBoolean() ? Double.NaN : random.nextBoolean() ? Double.POSITIVE_INFINITY : -0.0;
                case 4 -> "s" + random.nextInt(30);
                case 5 -> random.nextBoolean() ? "" : "S" + (char) ('a' + random.nextInt(3));
                case 6 -> Instant.ofEpochSecond(random.nextInt(1000));
                case 7 -> random.nextBoolean();
                case 8 -> new ObjectId();
                case 9 -> new UUID(random.nextInt(3), random.nextInt(3));
                case 10 -> 1e300 * (random.nextBoolean() ? 1 : -1);
                default -> Integer.MAX_VALUE - random.nextInt(2);
            });
        }
        for (Object a : values) {
            for (Object b : values) {
                KeyPart pa = KeyPart.of(a);
                KeyPart pb = KeyPart.of(b);
                assertThat(pa).isNotNull();
                assertThat(pb).isNotNull();
                assertThat(Integer.signum(pa.compareTo(pb))).as("%s vs %s", a, b)
                        .isEqualTo(Integer.signum(ValueComparator.asc().compare(a, b)));
                assertThat(pa.equals(pb)).isEqualTo(pa.compareTo(pb) == 0);
                if (pa.equals(pb)) {
                    assertThat(pa.hashCode()).isEqualTo(pb.hashCode());
                }
            }
        }
    }

    @Test
    void numbersEqualAcrossTypesAsTheMatcherNormalisesThem() {
        assertThat(KeyPart.of(3)).isEqualTo(KeyPart.of(3L)).isEqualTo(KeyPart.of(3.0));
        assertThat(KeyPart.of(0.0)).isEqualTo(KeyPart.of(-0.0));
        assertThat(KeyPart.of(2.5)).isNotEqualTo(KeyPart.of(2));
    }

    @Test
    void valuesTheComparatorTreatsSpeciallyHaveNoPartAndSoMakeTheirDocumentACandidateForEveryQuery() {
        // ValueComparator compares these as longs, truncating the fraction of the other number.
        assertThat(KeyPart.of(3_000_000_000L)).isNull();
        assertThat(KeyPart.of(3_000_000_000.0)).isNull();
        assertThat(KeyPart.of(new Decimal128(new BigDecimal("1.5")))).isNull();
        assertThat(KeyPart.of(new Document("x", 1))).isNull();
        assertThat(KeyPart.of(List.of(1))).isNull();
        assertThat(KeyPart.of(2_147_483_647L)).isNotNull();
    }

    @Test
    void nullAndMissingShareOnePartBelowEveryValue() {
        assertThat(KeyPart.of(null)).isSameAs(KeyPart.NULL_PART);
        assertThat(KeyPart.of(de.bwaldvogel.mongo.backend.Missing.getInstance())).isSameAs(KeyPart.NULL_PART);
        assertThat(KeyPart.NULL_PART.compareTo(KeyPart.of(-1e300))).isNegative();
        assertThat(KeyPart.LOWEST.compareTo(KeyPart.NULL_PART)).isNegative();
        assertThat(KeyPart.HIGHEST.compareTo(KeyPart.of(Instant.MAX))).isPositive();
    }

    @Test
    void bracketEdgesEncloseExactlyTheirBracket() {
        KeyPart start = KeyPart.bracketStart(KeyPart.STRING);
        KeyPart end = KeyPart.bracketEnd(KeyPart.STRING);
        assertThat(start.compareTo(KeyPart.of(""))).isNegative();
        assertThat(end.compareTo(KeyPart.of("\uffff\uffff"))).isPositive();
        assertThat(start.compareTo(KeyPart.of(Double.POSITIVE_INFINITY))).isPositive();
        assertThat(end.compareTo(KeyPart.of(new UUID(0, 0)))).isNegative();
    }

    @Test
    void aBoundOneLongerThanTheKeysPlacesItselfBeforeOrAfterTheKeysWithItsPrefix() {
        KeyTuple key = KeyTuple.of(List.of(KeyPart.of("a"), KeyPart.of(5)));
        assertThat(KeyTuple.of(List.of(KeyPart.of("a")), KeyPart.LOWEST).compareTo(key)).isNegative();
        assertThat(KeyTuple.of(List.of(KeyPart.of("a")), KeyPart.HIGHEST).compareTo(key)).isPositive();
        assertThat(KeyTuple.of(List.of(KeyPart.of("a"), KeyPart.of(5)), KeyPart.LOWEST).compareTo(key)).isNegative();
        assertThat(KeyTuple.of(List.of(KeyPart.of("a"), KeyPart.of(5)), KeyPart.HIGHEST).compareTo(key)).isPositive();
        assertThat(KeyTuple.of(List.of(KeyPart.of("a"), KeyPart.of(5))).compareTo(key)).isZero();
    }
}
