package cn.gov.platform.support.calendar;

import cn.gov.platform.kernel.calendar.DeadlineClock;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import cn.gov.platform.support.time.Polling;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The shared working-day calendar for a service that declares where its published years come
 * from ({@link PublishedYears}): one {@link WorkingDayCalendar} and {@link DeadlineClock} for every
 * feature, refreshed every {@code platform.calendar.poll} (default 2 s) and fully every
 * {@code platform.calendar.full-reload} (default 5 min).
 */
@AutoConfiguration(after = DataRedisAutoConfiguration.class)
@ConditionalOnClass(StringRedisTemplate.class)
@ConditionalOnBean(PublishedYears.class)
public class CalendarConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar() {
        // Provisional years only until the first load (at start, below): never a refusal to count.
        return new WorkingDayCalendar(List.of());
    }

    @Bean
    DeadlineClock deadlineClock(WorkingDayCalendar calendar) {
        return new DeadlineClock(calendar);
    }

    @Bean
    CalendarRefresher calendarRefresher(WorkingDayCalendar calendar, PublishedYears source, StringRedisTemplate redis,
            ApplicationEventPublisher events, @Value("${platform.calendar.full-reload:5m}") Duration fullReload) {
        return new CalendarRefresher(calendar, source, redis, events, fullReload);
    }

    /** Loads the years before the service takes traffic, then polls on one small thread. */
    @Bean
    SmartLifecycle calendarPolling(CalendarRefresher refresher, @Value("${platform.calendar.poll:2s}") Duration poll) {
        return new Polling("calendar-refresh", refresher::refresh, poll);
    }
}
