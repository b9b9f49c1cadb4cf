package cn.gov.platform.intake.supervision.infrastructure;

import cn.gov.platform.intake.supervision.domain.Contribution;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import cn.gov.platform.intake.cases.application.CaseQueries;
import cn.gov.platform.intake.cases.application.StaffAuthority;
import cn.gov.platform.intake.supervision.application.CaseEventHandler;
import cn.gov.platform.intake.supervision.application.CasesUnderSupervision;
import cn.gov.platform.intake.supervision.application.DeadlineWarnings;
import cn.gov.platform.intake.supervision.application.SupervisedSource;
import cn.gov.platform.intake.supervision.application.SupervisionProjection;
import cn.gov.platform.intake.supervision.application.SupervisionService;
import cn.gov.platform.intake.supervision.application.Supervisors;
import cn.gov.platform.intake.supervision.domain.LightPolicy;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Every port of supervision and the adapter behind it; the jobs that keep it running. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SupervisionProperties.class)
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
    StaffEventRelay staffEventRelay(MongoTemplate mongo, StringRedisTemplate redis, JsonMapper json,
            SupervisionProperties properties, Clock clock, MeterRegistry meters) {
        return new StaffEventRelay(mongo, redis, json, properties.stream(),
                List.of("ratings", "complaints", MongoDeadlineWarnings.COLLECTION), properties.relay().sweepEvery(),
                clock, meters);
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
    DeadlineWarnings deadlineWarnings(MongoTemplate mongo, StaffEventRelay relay) {
        return new MongoDeadlineWarnings(mongo, relay);
    }

    @Bean
    SupervisionService supervisionService(SupervisionProjection projection, CasesUnderSupervision cases,
            List<SupervisedSource> sources, Supervisors supervisors, DeadlineWarnings warnings, LightPolicy lights,
            Clock clock, MeterRegistry meters) {
        List<SupervisedSource> others = sources.stream().filter(s -> s != cases).toList();
        return new SupervisionService(projection, cases, others, supervisors, warnings, lights, clock, meters);
    }

    /** The consumer group {@code intake-supervision}: every event refreshes the source it names. */
    @Bean
    CaseEventHandler supervisionHandler(SupervisionService service, JsonMapper json) {
        return new CaseEventHandler() {
            @Override
            public String group() {
                return "intake-supervision";
            }

            @Override
            @SuppressWarnings("unchecked")
            public boolean handle(Map<String, String> fields) {
                String payload = fields.get("payload");
                Map<String, String> p = payload == null ? Map.of() : json.readValue(payload, Map.class);
                service.onEvent(String.valueOf(fields.get("type")), fields.get("caseId"), p);
                return true;
            }
        };
    }

    /** One consumer per handler (each its own group), read on a schedule; the relay and the daily warnings. */
    @Bean
    SupervisionJobs supervisionJobs(SupervisionService service, StaffEventRelay relay, StringRedisTemplate redis,
            SupervisionProperties properties, List<CaseEventHandler> handlers, Clock clock) {
        SupervisionProperties.Consumer c = properties.consumer();
        List<StreamGroupConsumer> consumers = handlers.stream().map(h -> new StreamGroupConsumer(redis,
                properties.stream(), h.group(), c.batch(), c.reclaimAfter(), h::handle, clock)).toList();
        return new SupervisionJobs(service, relay, consumers, c.enabled(), redis);
    }

    /**
     * For the supervision benchmark's generator (in the development module, never in this jar): adds
     * the rows of cases written in bulk, as the consumer would have left them.
     */
    public static void addInBulk(SupervisionProjection projection, Map<String, Contribution> contributions) {
        ((MongoSupervisionProjection) projection).addInBulk(contributions);
    }
}
