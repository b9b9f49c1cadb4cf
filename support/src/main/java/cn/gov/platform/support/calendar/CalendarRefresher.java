package cn.gov.platform.support.calendar;

import cn.gov.platform.kernel.calendar.CalendarYear;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Keeps this instance's {@link WorkingDayCalendar} on the newest published years, within seconds
 * and without a restart. The owner of the data increments {@link #VERSION_KEY} in Redis after
 * storing a year ({@link #announce}); every instance of every service reads that key every
 * {@code poll} and reloads from its {@link PublishedYears} when it moved. A full reload every
 * {@code fullReload} covers a lost key. While Redis or the source is unreachable the instance keeps
 * the years it holds (and provisional years for the rest), and says so once in the log.
 */
public final class CalendarRefresher {

    /** The Redis key whose value changes whenever a year is published. */
    public static final String VERSION_KEY = "platform:calendar:version";

    private static final Logger log = LoggerFactory.getLogger(CalendarRefresher.class);

    private final WorkingDayCalendar calendar;
    private final PublishedYears source;
    private final StringRedisTemplate redis;
    private final ApplicationEventPublisher events;
    private final long fullReloadNanos;
    private final AtomicBoolean failing = new AtomicBoolean();
    private @Nullable String seenVersion;
    private long loadedAt;
    private boolean loaded;

    public CalendarRefresher(WorkingDayCalendar calendar, PublishedYears source, StringRedisTemplate redis,
            ApplicationEventPublisher events, Duration fullReload) {
        this.calendar = calendar;
        this.source = source;
        this.redis = redis;
        this.events = events;
        this.fullReloadNanos = fullReload.toNanos();
    }

    /** Tells every instance that the published years changed (the publisher calls it after storing). */
    public static void announce(StringRedisTemplate redis) {
        redis.opsForValue().increment(VERSION_KEY);
    }

    /** Whether this instance has loaded the published years at least once. */
    public synchronized boolean loaded() {
        return loaded;
    }

    /** One check: reload when the announced version moved, when nothing is loaded yet, or when a full reload is due. */
    public synchronized void refresh() {
        String version;
        try {
            version = redis.opsForValue().get(VERSION_KEY);
        } catch (RuntimeException e) {
            version = seenVersion;
            warnOnce("Redis", e);
        }
        boolean due = !loaded || !Objects.equals(version, seenVersion) || System.nanoTime() - loadedAt > fullReloadNanos;
        if (due) {
            reload(version);
        }
    }

    /** Reloads now, whatever the announced version says (the publishing instance calls it at once). */
    public synchronized void reload() {
        String version;
        try {
            version = redis.opsForValue().get(VERSION_KEY);
        } catch (RuntimeException e) {
            version = seenVersion;
        }
        reload(version);
    }

    private void reload(@Nullable String version) {
        List<CalendarYear> years;
        try {
            years = source.current();
        } catch (RuntimeException e) {
            warnOnce("the published years", e);
            return;
        }
        Map<Integer, Integer> before = versions(calendar.officialYears());
        calendar.replace(years);
        Map<Integer, Integer> after = versions(years);
        seenVersion = version;
        loadedAt = System.nanoTime();
        loaded = true;
        if (failing.compareAndSet(true, false)) {
            log.info("Calendar: reading published years again");
        }
        List<Integer> changed = after.keySet().stream().filter(y -> !after.get(y).equals(before.get(y)))
                .sorted().toList();
        List<Integer> withdrawn = before.keySet().stream().filter(y -> !after.containsKey(y)).toList();
        if (!changed.isEmpty() || !withdrawn.isEmpty()) {
            List<Integer> all = java.util.stream.Stream.concat(changed.stream(), withdrawn.stream()).sorted().toList();
            log.info("Calendar: official years now {} (changed {})", after, all);
            events.publishEvent(new CalendarChanged(all, years));
        }
    }

    private static Map<Integer, Integer> versions(List<CalendarYear> years) {
        Map<Integer, Integer> versions = new HashMap<>();
        years.forEach(y -> versions.put(y.year(), y.version()));
        return versions;
    }

    private void warnOnce(String what, RuntimeException e) {
        if (failing.compareAndSet(false, true)) {
            log.warn("Calendar: cannot read {} ({}); keeping the years held", what, e.getClass().getSimpleName());
        }
    }
}
