package cn.gov.platform.credit.publicity.infrastructure;

import cn.gov.platform.credit.CreditProperties;
import cn.gov.platform.credit.calendar.application.CalendarUnavailable;
import cn.gov.platform.credit.calendar.application.Deadlines;
import cn.gov.platform.credit.lists.application.EntriesInForce;
import cn.gov.platform.credit.publicity.application.PublicationDeadlines;
import cn.gov.platform.credit.publicity.application.PublicityService;
import cn.gov.platform.credit.publicity.domain.Publications;
import cn.gov.platform.credit.subjects.application.CreditSubjects;
import cn.gov.platform.events.intake.CaseEvents;
import cn.gov.platform.events.intake.IntakeEvent;
import cn.gov.platform.events.intake.IntakePayload;
import cn.gov.platform.support.events.EventSubscription;
import cn.gov.platform.support.events.RetryLater;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/** Double publicity: the store, the use case, the recomputation of due dates and the consumer group on intake's stream. */
@Configuration(proxyBeanMethods = false)
public class PublicityConfiguration {

    @Bean
    MongoPublications publications(MongoTemplate mongo) {
        // Compare-and-set saves match {_id, version}; the embedded store needs this exact unique index not to scan.
        mongo.indexOps(MongoPublications.COLLECTION).createIndex(new Index().on("_id", Sort.Direction.ASC)
                .on("version", Sort.Direction.ASC).unique());
        return new MongoPublications(mongo);
    }

    @Bean
    PublicationDefaults publicationDefaults() {
        return new PublicationDefaults();
    }

    @Bean
    PublicityService publicityService(Publications publications, CreditSubjects subjects, EntriesInForce index,
            Deadlines deadlines, CreditProperties p, Clock clock, MeterRegistry meters) {
        return new PublicityService(publications, subjects, index, deadlines, p.publicityDays(), clock, meters);
    }

    @Bean
    PublicationDeadlines publicationDeadlines(Publications publications, Deadlines deadlines, CreditProperties p) {
        return new PublicationDeadlines(publications, deadlines, p.publicityDays());
    }

    /**
     * The consumer group {@code credit} on intake's stream: {@code CaseApproved} and
     * {@code CaseRejected} become permit publications (double publicity), other types are ignored. A
     * decision that arrives before the official calendar was read once waits (it is handled again
     * after the idle time and never dead-lettered for it) instead of getting a guessed due date.
     */
    @Bean
    @ConditionalOnProperty(name = "platform.credit.case-events.enabled", havingValue = "true", matchIfMissing = true)
    EventSubscription<IntakeEvent> permitDecisions(PublicityService publicity, CreditProperties p) {
        return EventSubscription.of(p.caseEvents().group(), CaseEvents.CONTRACT, (IntakeEvent e) -> {
            if (!(e.payload() instanceof IntakePayload.CaseDecision decision)) {
                return "IGNORED";
            }
            try {
                return publicity.permitDecided(e, decision) ? "RECEIVED" : "DUPLICATE";
            } catch (CalendarUnavailable notYet) {
                throw new RetryLater("the official calendar was never read", notYet);
            }
        }).onStream(p.caseEvents().stream());
    }

    @Bean
    PublicityJobs publicityJobs(PublicityService publicity) {
        return new PublicityJobs(publicity);
    }
}
