package cn.gov.platform.intake.petitions.infrastructure;

import cn.gov.platform.intake.cases.application.PersonRecords;
import cn.gov.platform.intake.catalogue.application.CatalogueService;
import cn.gov.platform.intake.petitions.application.PetitionService;
import cn.gov.platform.intake.petitions.application.PetitionStore;
import cn.gov.platform.intake.petitions.application.PetitionsUnderSupervision;
import cn.gov.platform.intake.supervision.application.OutboxHints;
import cn.gov.platform.intake.supervision.application.Supervisors;
import cn.gov.platform.intake.supervision.domain.LightPolicy;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The petition feature's store, its place under supervision and its use cases. */
@Configuration(proxyBeanMethods = false)
public class PetitionsConfiguration {

    @Bean
    PetitionStore petitionStore(MongoTemplate mongo, OutboxHints relay) {
        return new MongoPetitionStore(mongo, relay);
    }

    @Bean
    PetitionsUnderSupervision petitionsUnderSupervision(PetitionStore petitions) {
        return new PetitionsUnderSupervision(petitions);
    }

    @Bean
    PetitionService petitionService(PetitionStore petitions, CatalogueService catalogue, PersonRecords persons,
            Supervisors people, WorkingDayCalendar calendar, LightPolicy lights, Clock clock, MeterRegistry meters) {
        return new PetitionService(petitions, catalogue, persons, people, calendar, lights, clock, meters);
    }
}
