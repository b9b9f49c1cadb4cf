package cn.gov.platform.intake.supervision.infrastructure;

import cn.gov.platform.events.intake.CaseEvents;
import cn.gov.platform.events.intake.IntakeEvent;
import cn.gov.platform.intake.cases.application.CaseQueries;
import cn.gov.platform.intake.cases.application.StaffAuthority;
import cn.gov.platform.intake.supervision.application.CasesUnderSupervision;
import cn.gov.platform.intake.supervision.application.DeadlineWarnings;
import cn.gov.platform.intake.supervision.application.OutboxHints;
import cn.gov.platform.intake.supervision.application.StaffDirectory;
import cn.gov.platform.intake.supervision.application.SupervisedSource;
import cn.gov.platform.intake.supervision.application.SupervisionProjection;
import cn.gov.platform.intake.supervision.application.SupervisionService;
import cn.gov.platform.intake.supervision.application.Supervisors;
import cn.gov.platform.intake.supervision.domain.Contribution;
import cn.gov.platform.intake.supervision.domain.LightPolicy;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import cn.gov.platform.support.events.EventSubscription;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Every port of supervision and the adapter behind it; the jobs that keep it running. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SupervisionProperties.class)
@EnableFeignClients(clients = StaffDirectoryClient.class)
public class SupervisionConfiguration {

    @Bean
    LightPolicy lightPolicy(WorkingDayCalendar calendar, SupervisionProperties properties) {
        return new LightPolicy(calendar, properties.yellowDays());
    }

    @Bean
    Supervisors supervisors(StaffAuthority staff) {
        return new Supervisors(staff);
    }

    @Bean
    MongoSupervisionProjection supervisionProjection(MongoTemplate mongo) {
        return new MongoSupervisionProjection(mongo);
    }

    /** Cases as supervision reads them; ratings and complaints bring their own {@link SupervisedSource}. */
    @Bean
    CasesUnderSupervision casesUnderSupervision(CaseQueries cases, WorkingDayCalendar calendar) {
        return new CasesUnderSupervision(cases, calendar);
    }

    @Bean
    DeadlineWarnings deadlineWarnings(MongoTemplate mongo, OutboxHints hints) {
        return new MongoDeadlineWarnings(mongo, hints);
    }

    @Bean
    StaffDirectory staffDirectory(StaffDirectoryClient client, CircuitBreakerFactory<?, ?> breakers) {
        return new IdentityStaffDirectory(client, breakers);
    }

    @Bean
    SupervisionService supervisionService(SupervisionProjection projection, CasesUnderSupervision cases,
            List<SupervisedSource> sources, Supervisors supervisors, DeadlineWarnings warnings,
            StaffDirectory directory, LightPolicy lights, Clock clock, MeterRegistry meters) {
        List<SupervisedSource> others = sources.stream().filter(s -> s != cases).toList();
        return new SupervisionService(projection, cases, others, supervisors, warnings, directory, lights, clock,
                meters);
    }

    /**
     * The consumer group {@code intake-supervision} on {@code intake.case-events}: every event
     * refreshes the source it names (the case, the rating or the complaint), read again from its store.
     */
    @Bean
    EventSubscription<IntakeEvent> supervisionEvents(SupervisionService service) {
        return EventSubscription.of("intake-supervision", CaseEvents.CONTRACT, e -> {
            service.onEvent(e.type(), e.about().caseId(), e.payload().values());
            return "REFRESHED";
        });
    }

    /** The read model rebuilt once after an upgrade that changed its rules. */
    @Bean
    ModelUpgrade supervisionModelUpgrade(MongoTemplate mongo, StringRedisTemplate redis, SupervisionService service) {
        return new ModelUpgrade(mongo, redis, service);
    }

    /** The warnings, every half hour of the working day. */
    @Bean
    SupervisionJobs supervisionJobs(SupervisionService service, StringRedisTemplate redis) {
        return new SupervisionJobs(service, redis);
    }

    /**
     * For the supervision benchmark's generator (in the development module, never in this jar): adds
     * the rows of cases written in bulk, as the consumer would have left them.
     */
    public static void addInBulk(SupervisionProjection projection, Map<String, Contribution> contributions) {
        ((MongoSupervisionProjection) projection).addInBulk(contributions);
    }
}
