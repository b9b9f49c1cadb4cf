package cn.gov.platform.credit.petitions.infrastructure;

import cn.gov.platform.credit.CreditProperties;
import cn.gov.platform.kernel.calendar.CalendarYear;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import cn.gov.platform.credit.events.OutboxHints;
import cn.gov.platform.credit.lists.application.EntryService;
import cn.gov.platform.credit.petitions.application.PetitionService;
import cn.gov.platform.credit.petitions.domain.Petitions;
import cn.gov.platform.credit.subjects.application.CreditSubjects;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Petitions, and the working-day calendar (resources/calendar/*.json, copied from intake's data). */
@Configuration(proxyBeanMethods = false)
public class PetitionsConfiguration {

    /** Interim: provisional years only, until credit reads intake's published years. */
    @Bean
    WorkingDayCalendar workingDayCalendar() {
        return new WorkingDayCalendar(List.of());
    }

    @Bean
    MongoPetitions petitions(MongoTemplate mongo, OutboxHints hints) {
        return new MongoPetitions(mongo, hints);
    }

    @Bean
    PetitionService petitionService(Petitions petitions, EntryService entries, CreditSubjects subjects,
            WorkingDayCalendar calendar, CreditProperties p, Clock clock) {
        return new PetitionService(petitions, entries, subjects, calendar, p.deadlines().objectionDays(),
                p.deadlines().repairDays(), clock);
    }
}
