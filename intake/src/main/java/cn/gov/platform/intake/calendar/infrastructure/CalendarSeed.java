package cn.gov.platform.intake.calendar.infrastructure;

import cn.gov.platform.intake.calendar.application.CalendarService;
import cn.gov.platform.kernel.calendar.YearPublication;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official years shipped with the service ({@code resources/calendar/*.json}, in the form an
 * administrator publishes), stored as version 1 by {@code seed} for every year the store has no
 * version of. Runs before the calendar is first loaded (the published-years bean depends on it), so
 * the service never counts a shipped year as provisional.
 */
class CalendarSeed {

    private static final Logger log = LoggerFactory.getLogger(CalendarSeed.class);

    private final CalendarService calendar;
    private final String pattern;
    private final JsonMapper json;

    CalendarSeed(CalendarService calendar, String pattern, JsonMapper json) {
        this.calendar = calendar;
        this.pattern = pattern;
        this.json = json;
    }

    /** Returns the years stored by this instance. */
    List<Integer> run() {
        List<Integer> stored = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                YearPublication year;
                try (InputStream in = resource.getInputStream()) {
                    year = json.readValue(in, YearPublication.class);
                }
                if (calendar.seed(year)) {
                    stored.add(year.year());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the calendar seed " + pattern, e);
        }
        log.info("Calendar seed: stored {} (years with a version already are left alone)", stored);
        return stored;
    }
}
