package cn.gov.platform.credit.checks.infrastructure;

import cn.gov.platform.credit.CreditProperties;
import cn.gov.platform.credit.checks.application.CheckLog;
import cn.gov.platform.credit.checks.application.CheckService;
import cn.gov.platform.credit.lists.application.EntriesInForce;
import cn.gov.platform.credit.measures.domain.MeasureCatalogue;
import cn.gov.platform.credit.subjects.application.CreditSubjects;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The check use case and where checks and feedback are kept. */
@Configuration(proxyBeanMethods = false)
public class ChecksConfiguration {

    @Bean(destroyMethod = "close")
    MongoCheckLog checkLog(MongoTemplate mongo, CreditProperties properties) {
        return new MongoCheckLog(mongo, properties.checkWriteTimeout());
    }

    @Bean
    CheckService checkService(CreditSubjects subjects, EntriesInForce index, MeasureCatalogue catalogue, CheckLog log,
            Clock clock, MeterRegistry meters) {
        return new CheckService(subjects, index, catalogue, log, clock, meters);
    }
}
