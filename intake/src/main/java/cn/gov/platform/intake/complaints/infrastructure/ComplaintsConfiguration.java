package cn.gov.platform.intake.complaints.infrastructure;

import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import cn.gov.platform.intake.cases.application.CaseQueries;
import cn.gov.platform.intake.catalogue.application.CatalogueService;
import cn.gov.platform.intake.complaints.application.ComplaintDeadlines;
import cn.gov.platform.intake.complaints.application.ComplaintService;
import cn.gov.platform.intake.complaints.application.ComplaintStore;
import cn.gov.platform.intake.complaints.application.ComplaintsUnderSupervision;
import cn.gov.platform.intake.supervision.application.Supervisors;
import cn.gov.platform.intake.supervision.domain.LightPolicy;
import cn.gov.platform.intake.supervision.application.OutboxHints;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The complaint feature's store and use cases. */
@Configuration(proxyBeanMethods = false)
public class ComplaintsConfiguration {

    @Bean
    ComplaintStore complaintStore(MongoTemplate mongo, OutboxHints relay) {
        return new MongoComplaintStore(mongo, relay);
    }

    /** Complaints as holders of deadlines, for the recomputation after a calendar year is published. */
    @Bean
    ComplaintDeadlines complaintDeadlines(ComplaintStore complaints, WorkingDayCalendar calendar, Clock clock) {
        return new ComplaintDeadlines(complaints, calendar, clock);
    }

    /** Complaints under supervision (SUP-2). */
    @Bean
    ComplaintsUnderSupervision complaintsUnderSupervision(ComplaintStore complaints) {
        return new ComplaintsUnderSupervision(complaints);
    }

    @Bean
    ComplaintService complaintService(ComplaintStore complaints, CaseQueries cases, CatalogueService catalogue,
            Supervisors people, WorkingDayCalendar calendar, LightPolicy lights, Clock clock, MeterRegistry meters) {
        return new ComplaintService(complaints, cases, catalogue, people, calendar, lights, clock, meters);
    }
}
