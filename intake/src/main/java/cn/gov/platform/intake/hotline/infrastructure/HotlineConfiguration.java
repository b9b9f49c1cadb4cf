package cn.gov.platform.intake.hotline.infrastructure;

import cn.gov.platform.intake.catalogue.application.CatalogueService;
import cn.gov.platform.intake.followup.application.FollowUpService;
import cn.gov.platform.intake.hotline.application.CallerPhones;
import cn.gov.platform.intake.hotline.application.HotlineService;
import cn.gov.platform.intake.hotline.application.TicketStore;
import cn.gov.platform.intake.hotline.application.TicketsUnderSupervision;
import cn.gov.platform.intake.supervision.application.OutboxHints;
import cn.gov.platform.intake.supervision.application.Supervisors;
import cn.gov.platform.intake.supervision.domain.LightPolicy;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The hotline's store, its callers' phones, its place under supervision and its use cases. */
@Configuration(proxyBeanMethods = false)
public class HotlineConfiguration {

    @Bean
    TicketStore ticketStore(MongoTemplate mongo, OutboxHints relay) {
        return new MongoTicketStore(mongo, relay);
    }

    /** Local only by default: production sets INTAKE_HOTLINE_KEY from a Secret. */
    @Bean
    CallerPhones callerPhones(@Value("${platform.intake.hotline.key:local-only-hotline-key-not-for-production}") String key) {
        return new AesCallerPhones(key);
    }

    @Bean
    TicketsUnderSupervision ticketsUnderSupervision(TicketStore tickets) {
        return new TicketsUnderSupervision(tickets);
    }

    @Bean
    HotlineService hotlineService(TicketStore tickets, CallerPhones phones, CatalogueService catalogue,
            FollowUpService followUp, Supervisors people, WorkingDayCalendar calendar, LightPolicy lights, Clock clock,
            MeterRegistry meters) {
        return new HotlineService(tickets, phones, catalogue, followUp, people, calendar, lights, clock, meters);
    }
}
