package cn.gov.platform.credit.imports.infrastructure;

import cn.gov.platform.credit.calendar.application.Deadlines;
import cn.gov.platform.credit.imports.application.ImportJobs;
import cn.gov.platform.credit.imports.application.ImportService;
import cn.gov.platform.credit.lists.application.EntriesInForce;
import cn.gov.platform.credit.lists.application.EntryService;
import cn.gov.platform.credit.publicity.application.PublicityService;
import cn.gov.platform.credit.subjects.domain.SubjectHasher;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Bulk imports. */
@Configuration(proxyBeanMethods = false)
public class ImportsConfiguration {

    @Bean
    MongoImportJobs importJobs(MongoTemplate mongo) {
        return new MongoImportJobs(mongo);
    }

    @Bean
    ImportService importService(ImportJobs jobs, MongoTemplate mongo, EntryService entries, EntriesInForce index,
            PublicityService publicity, SubjectHasher hasher, JsonMapper json, Deadlines deadlines, Clock clock) {
        return new ImportService(jobs, new ImportWorker(mongo, jobs, entries, index, publicity, hasher, json, clock),
                deadlines, clock);
    }
}
