package cn.gov.platform.devprofile.intake;

import cn.gov.platform.intake.cases.application.CaseStore;
import cn.gov.platform.intake.cases.application.NumberSeries;
import cn.gov.platform.intake.catalogue.application.CatalogueService;
import cn.gov.platform.intake.supervision.application.SupervisionProjection;
import cn.gov.platform.kernel.calendar.DeadlineClock;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Intake's benchmark generators: joint cases with due tasks for the deemed-consent sweep, and a
 * year of cases for the supervisor's figures. Only with {@code platform.bench.enabled=true}.
 */
@AutoConfiguration
@ConditionalOnClass(name = "cn.gov.platform.intake.IntakeApplication")
@ConditionalOnProperty(name = "platform.bench.enabled", havingValue = "true")
public class IntakeBenchConfiguration {

    @Bean
    BenchCases benchCases(CaseStore store, CatalogueService catalogue, NumberSeries numbers, DeadlineClock clock,
            Clock time) {
        return new BenchCases(store, catalogue, numbers, clock, time);
    }

    @Bean
    BenchCaseController benchCaseController(BenchCases bench) {
        return new BenchCaseController(bench);
    }

    @Bean
    SupervisionBenchGenerator supervisionBenchGenerator(MongoTemplate mongo, CaseStore cases,
            SupervisionProjection projection, CatalogueService catalogue, DeadlineClock deadlines,
            WorkingDayCalendar calendar, Clock clock) {
        return new SupervisionBenchGenerator(mongo, cases, projection, catalogue, deadlines, calendar, clock);
    }
}
