package cn.gov.platform.credit.calendar.infrastructure;

import cn.gov.platform.credit.calendar.application.CalendarRecomputation;
import cn.gov.platform.credit.calendar.application.Deadlines;
import cn.gov.platform.credit.calendar.application.RecomputationLedger;
import cn.gov.platform.credit.calendar.application.RecomputesDeadlines;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import cn.gov.platform.support.calendar.CalendarRefresher;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The calendar in credit: intake's published years as this service's {@code PublishedYears} (from
 * which support builds the one {@link WorkingDayCalendar} and keeps it on the newest versions),
 * credit's {@link Deadlines} on it, and the recomputation of open deadlines when it changes.
 */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = IntakeCalendarClient.class)
public class CreditCalendarConfiguration {

    @Bean
    IntakePublishedYears publishedYears(IntakeCalendarClient client, CircuitBreakerFactory<?, ?> breakers) {
        return new IntakePublishedYears(client, breakers);
    }

    @Bean
    Deadlines deadlines(WorkingDayCalendar calendar, CalendarRefresher refresher) {
        return new Deadlines(calendar, refresher::loaded);
    }

    @Bean
    RedisRecomputationLedger recomputationLedger(StringRedisTemplate redis) {
        return new RedisRecomputationLedger(redis);
    }

    @Bean
    CalendarRecomputation calendarRecomputation(Deadlines deadlines, List<RecomputesDeadlines> holders,
            RecomputationLedger ledger, Clock clock, MeterRegistry meters) {
        return new CalendarRecomputation(deadlines, holders, ledger, clock, meters);
    }

    @Bean
    CalendarRecomputeTrigger calendarRecomputeTrigger(CalendarRecomputation recomputation) {
        return new CalendarRecomputeTrigger(recomputation);
    }
}
