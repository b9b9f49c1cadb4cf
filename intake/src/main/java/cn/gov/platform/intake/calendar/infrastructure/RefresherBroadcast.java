package cn.gov.platform.intake.calendar.infrastructure;

import cn.gov.platform.intake.calendar.application.CalendarBroadcast;
import cn.gov.platform.support.calendar.CalendarRefresher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Announces a publication through support's Redis key (every instance of every service polls it)
 * and reloads this instance's calendar at once. The refresher is looked up when needed: it is built
 * from the published years, which are seeded through this very broadcast.
 */
class RefresherBroadcast implements CalendarBroadcast {

    private static final Logger log = LoggerFactory.getLogger(RefresherBroadcast.class);

    private final StringRedisTemplate redis;
    private final ObjectProvider<CalendarRefresher> refresher;

    RefresherBroadcast(StringRedisTemplate redis, ObjectProvider<CalendarRefresher> refresher) {
        this.redis = redis;
        this.refresher = refresher;
    }

    @Override
    public void announce() {
        try {
            CalendarRefresher.announce(redis);
        } catch (RuntimeException e) {
            // Stored is stored: the other instances take it at their next full reload (5 min at most).
            log.warn("Calendar: could not announce the new year through Redis ({}); other instances reload within minutes",
                    e.getClass().getSimpleName());
        }
    }

    @Override
    public void reload() {
        refresher.ifAvailable(CalendarRefresher::reload);
    }
}
