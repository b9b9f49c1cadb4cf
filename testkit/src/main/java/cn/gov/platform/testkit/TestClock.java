package cn.gov.platform.testkit;

import cn.gov.platform.kernel.ChinaTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The clock a service runs on in its integration tests. By default it is the real clock; with
 * {@code -Dplatform.test.clock=2026-12-28} (a date, taken at 09:30 in China, or an ISO offset
 * date-time) the service believes it is that moment when the test JVM starts, and time runs on
 * from there, so leases, retries and timeouts still behave. {@code .ci/run} runs the intake and
 * credit suites a second time on such a date: no test may assume today.
 *
 * <p>A test that needs the service at a particular moment holds the clock there with {@link #set}
 * and lets it go with {@link #release} (in {@code @AfterEach}); test classes run one after another
 * in a JVM, so a held clock never leaks into another class if every holder releases it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    /** The system property that shifts the services' clock. */
    public static final String PROPERTY = "platform.test.clock";

    private static final Controlled CLOCK = new Controlled(create(System.getProperty(PROPERTY)));

    /** The clock every test and every service context in this JVM shares. */
    public static Clock clock() {
        return CLOCK;
    }

    /** Today in China on the test clock: what a test computes its expected dates from. */
    public static LocalDate today() {
        return ChinaTime.today(CLOCK);
    }

    public static Instant now() {
        return CLOCK.instant();
    }

    /** Holds every service's clock at {@code at} until {@link #release}. */
    public static void set(Instant at) {
        CLOCK.held = at;
    }

    /** Lets the clock run again (from the shifted or real time, not from where it was held). */
    public static void release() {
        CLOCK.held = null;
    }

    @Bean
    @Primary
    Clock testClock() {
        return CLOCK;
    }

    /** The running clock, or the moment a test holds it at. */
    private static final class Controlled extends Clock {
        private final Clock running;
        private volatile @Nullable Instant held;

        Controlled(Clock running) {
            this.running = running;
        }

        @Override
        public ZoneId getZone() {
            return running.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return zone.equals(getZone()) ? this : Clock.fixed(instant(), zone);
        }

        @Override
        public Instant instant() {
            Instant at = held;
            return at != null ? at : running.instant();
        }
    }

    static Clock create(String shiftTo) {
        Clock system = Clock.system(ChinaTime.ZONE);
        if (shiftTo == null || shiftTo.isBlank()) {
            return system;
        }
        Instant target = shiftTo.length() == 10
                ? LocalDate.parse(shiftTo).atTime(LocalTime.of(9, 30)).atZone(ChinaTime.ZONE).toInstant()
                : OffsetDateTime.parse(shiftTo).toInstant();
        return Clock.offset(system, Duration.between(system.instant(), target));
    }
}
