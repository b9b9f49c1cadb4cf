package cn.gov.platform.intake.calendar.infrastructure;

import cn.gov.platform.intake.calendar.application.CalendarBroadcast;
import cn.gov.platform.intake.calendar.application.CalendarService;
import cn.gov.platform.intake.calendar.application.CalendarYears;
import cn.gov.platform.intake.calendar.application.OpenDeadlines;
import cn.gov.platform.intake.calendar.application.RecomputationService;
import cn.gov.platform.intake.calendar.application.Recomputations;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import cn.gov.platform.support.calendar.CalendarRefresher;
import cn.gov.platform.support.calendar.PublishedYears;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake owns the platform's published calendar years. Declaring {@link PublishedYears} here gives
 * the service support's shared {@code WorkingDayCalendar} and {@code DeadlineClock}, kept on the
 * newest versions by support's refresher; every other service reads the same years through
 * {@code GET /api/intake/internal/calendar/years}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublishingProperties.class)
public class CalendarYearsConfiguration {

    @Bean
    CalendarYears calendarYears(MongoTemplate mongo) {
        return new MongoCalendarYears(mongo);
    }

    @Bean
    Recomputations recomputations(MongoTemplate mongo) {
        return new MongoRecomputations(mongo);
    }

    @Bean
    CalendarBroadcast calendarBroadcast(StringRedisTemplate redis, ObjectProvider<CalendarRefresher> refresher) {
        return new RefresherBroadcast(redis, refresher);
    }

    @Bean
    CalendarService calendarService(CalendarYears years, Recomputations jobs, CalendarBroadcast broadcast, Clock clock,
            MeterRegistry meters) {
        return new CalendarService(years, jobs, broadcast, clock, meters);
    }

    @Bean
    CalendarSeed calendarSeed(CalendarService calendar, PublishingProperties properties, JsonMapper json) {
        return new CalendarSeed(calendar, properties.seed(), json);
    }

    /** The newest version of every published year; the shipped years are seeded before the first read. */
    @Bean
    PublishedYears publishedYears(CalendarService calendar, CalendarSeed seed) {
        seed.run();
        return calendar::publishedYears;
    }

    @Bean
    RedisLease recomputationLease(StringRedisTemplate redis, PublishingProperties properties) {
        return new RedisLease(redis, properties.recompute().lease());
    }

    @Bean
    RecomputationService recomputationService(Recomputations jobs, CalendarYears years, List<OpenDeadlines> sources,
            WorkingDayCalendar calendar, CalendarBroadcast broadcast, RedisLease lease, PublishingProperties properties,
            Clock clock, MeterRegistry meters) {
        return new RecomputationService(jobs, years, sources, calendar, broadcast, lease, properties.recompute().batch(),
                clock, meters);
    }

    @Bean
    @ConditionalOnProperty(name = "platform.intake.calendar.recompute.enabled", havingValue = "true", matchIfMissing = true)
    RecomputationSweep recomputationSweep(RecomputationService recomputation) {
        return new RecomputationSweep(recomputation);
    }
}
