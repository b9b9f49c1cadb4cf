package cn.gov.platform.intake.calendar.infrastructure;

import cn.gov.platform.kernel.calendar.CalendarYear;
import cn.gov.platform.kernel.calendar.DeadlineClock;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import cn.gov.platform.kernel.calendar.YearPublication;
import java.time.Instant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.json.JsonMapper;

/** Loads every calendar year at start-up; a malformed year file stops the service rather than miscount. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
public class CalendarConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

    @Bean
    WorkingDayCalendar workingDayCalendar(CalendarProperties properties, JsonMapper json) throws IOException {
        List<CalendarYear> years = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(properties.years())) {
            try (InputStream in = resource.getInputStream()) {
                years.add(json.readValue(in, YearPublication.class).toOfficialYear(1, "seed", Instant.EPOCH));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read calendar " + resource, e);
            }
        }
        log.info("Working-day calendar: years {}", years.stream().map(CalendarYear::year).toList());
        return new WorkingDayCalendar(years);
    }

    @Bean
    DeadlineClock deadlineClock(WorkingDayCalendar calendar) {
        return new DeadlineClock(calendar);
    }
}
