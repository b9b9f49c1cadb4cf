package cn.gov.platform.intake.cases.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.gov.platform.intake.cases.domain.RecordFetch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.ConfigBuilder;

/**
 * The data exchange's adapter takes only an explicit answer for one: no address, a malformed body or
 * an unknown status is no answer, and the material stays pending (never a made-up FOUND or NOT_HELD).
 */
class DataSharingExchangeTest {

    private static final String CITIZEN = "citizen-1";
    private final IdentityClient identity = mock(IdentityClient.class);
    private final AtomicReference<DataSharingClient.Query> asked = new AtomicReference<>();

    DataSharingExchangeTest() {
        when(identity.creditSubject(CITIZEN)).thenReturn(
                new IdentityClient.CreditSubject("NATURAL_PERSON", "马文清", "640324198503120411", null));
    }

    private DataSharingExchange answering(DataSharingClient.Answer answer) {
        return new DataSharingExchange(q -> {
            asked.set(q);
            return answer;
        }, identity, new Direct());
    }

    @Test
    void withoutAnAddressEveryRecordIsUnavailable() {
        RecordFetch fetch = new DataSharingExchange(null, identity, new Direct())
                .fetch("tax-payment", "county-taxation", CITIZEN);

        assertThat(fetch).isInstanceOf(RecordFetch.Unavailable.class);
    }

    @Test
    void aRecordFoundComesWithItsReferenceAndTheDepartmentThatHoldsIt() {
        RecordFetch fetch = answering(new DataSharingClient.Answer("FOUND", "宁税完(2026)1号", "契税已缴清", null, null))
                .fetch("tax-payment", "county-taxation", CITIZEN);

        assertThat(fetch).as("the exchange named no department: no name, and never the code as one")
                .isEqualTo(new RecordFetch.Found("宁税完(2026)1号", "契税已缴清", "county-taxation", null));
        assertThat(asked.get()).isEqualTo(new DataSharingClient.Query("tax-payment", "county-taxation",
                new DataSharingClient.Holder("NATURAL_PERSON", "640324198503120411", null)));
    }

    @Test
    void notHeldIsAnAnswer() {
        assertThat(answering(new DataSharingClient.Answer("NOT_HELD", null, null, "county-taxation", "国家税务总局同心县税务局"))
                .fetch("tax-payment", "county-taxation", CITIZEN))
                .isEqualTo(new RecordFetch.NotHeld("county-taxation", "国家税务总局同心县税务局"));
    }

    @Test
    void aDepartmentTheExchangeDoesNotNameIsLeftUnnamedNotNamedByItsCode() {
        RecordFetch notHeld = answering(new DataSharingClient.Answer("NOT_HELD", null, null, "county-natural-resources",
                " ")).fetch("tax-payment", "county-taxation", CITIZEN);

        assertThat(notHeld).isEqualTo(new RecordFetch.NotHeld("county-natural-resources", null));
    }

    @Test
    void aFoundWithoutReferenceOrAnUnknownStatusIsNoAnswer() {
        assertThat(answering(new DataSharingClient.Answer("FOUND", null, null, null, null))
                .fetch("tax-payment", "county-taxation", CITIZEN)).isInstanceOf(RecordFetch.Unavailable.class);
        assertThat(answering(new DataSharingClient.Answer("MAYBE", "x", null, null, null))
                .fetch("tax-payment", "county-taxation", CITIZEN)).isInstanceOf(RecordFetch.Unavailable.class);
        assertThat(answering(new DataSharingClient.Answer(null, null, null, null, null))
                .fetch("tax-payment", "county-taxation", CITIZEN)).isInstanceOf(RecordFetch.Unavailable.class);
    }

    @Test
    void anApplicantIdentityCannotNameIsNoAnswer() {
        when(identity.creditSubject("record:1")).thenReturn(new IdentityClient.CreditSubject(null, null, null, null));

        assertThat(answering(new DataSharingClient.Answer("FOUND", "x", null, null, null))
                .fetch("tax-payment", "county-taxation", "record:1")).isInstanceOf(RecordFetch.Unavailable.class);
        assertThat(asked.get()).as("the exchange is not asked").isNull();
    }

    /** A breaker that runs the call here and hands any failure to the fallback. */
    private static final class Direct extends CircuitBreakerFactory<Object, ConfigBuilder<Object>> {
        @Override
        public CircuitBreaker create(String id) {
            return new CircuitBreaker() {
                @Override
                public <T> T run(Supplier<T> toRun, Function<Throwable, T> fallback) {
                    try {
                        return toRun.get();
                    } catch (RuntimeException e) {
                        return fallback.apply(e);
                    }
                }
            };
        }

        @Override
        protected ConfigBuilder<Object> configBuilder(String id) {
            return () -> new Object();
        }

        @Override
        public void configureDefault(Function<String, Object> defaultConfiguration) {
        }
    }
}
