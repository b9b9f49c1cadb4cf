package cn.gov.platform.credit.publicity.infrastructure;

import cn.gov.platform.credit.CreditProperties;
import cn.gov.platform.credit.calendar.application.Deadlines;
import cn.gov.platform.credit.lists.application.EntriesInForce;
import cn.gov.platform.credit.publicity.application.PublicationDeadlines;
import cn.gov.platform.credit.publicity.application.PublicityService;
import cn.gov.platform.credit.publicity.domain.Publications;
import cn.gov.platform.credit.subjects.application.CreditSubjects;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Double publicity: the store, the use case, the recomputation of due dates and the consumer of intake's stream. */
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

    @Bean
    @ConditionalOnProperty(name = "platform.credit.case-events.enabled", havingValue = "true", matchIfMissing = true)
    CaseEventConsumer caseEventConsumer(StringRedisTemplate redis, PublicityService publicity, JsonMapper json,
            CreditProperties p) {
        return new CaseEventConsumer(redis, publicity, json, p.caseEvents().stream(), p.caseEvents().group(),
                p.caseEvents().consumer());
    }
}
