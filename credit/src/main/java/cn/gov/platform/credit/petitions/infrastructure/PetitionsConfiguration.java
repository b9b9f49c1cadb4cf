package cn.gov.platform.credit.petitions.infrastructure;

import cn.gov.platform.credit.CreditProperties;
import cn.gov.platform.credit.calendar.application.Deadlines;
import cn.gov.platform.credit.events.CreditOutboxHints;
import cn.gov.platform.credit.lists.application.EntryService;
import cn.gov.platform.credit.petitions.application.PetitionDeadlines;
import cn.gov.platform.credit.petitions.application.PetitionService;
import cn.gov.platform.credit.petitions.domain.Petitions;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/** Petitions: the store, the use cases, and the recomputation of their answer dates. */
@Configuration(proxyBeanMethods = false)
public class PetitionsConfiguration {

    @Bean
    MongoPetitions petitions(MongoTemplate mongo, CreditOutboxHints hints) {
        // Compare-and-set saves match {_id, version}; the embedded store needs this exact unique index not to scan.
        mongo.indexOps(MongoPetitions.COLLECTION).createIndex(new Index().on("_id", Sort.Direction.ASC)
                .on("version", Sort.Direction.ASC).unique());
        return new MongoPetitions(mongo, hints);
    }

    @Bean
    PetitionDefaults petitionDefaults() {
        return new PetitionDefaults();
    }

    @Bean
    PetitionService petitionService(Petitions petitions, EntryService entries, Deadlines deadlines,
            CreditProperties p, Clock clock) {
        return new PetitionService(petitions, entries, deadlines, p.deadlines().objectionDays(),
                p.deadlines().repairDays(), clock);
    }

    @Bean
    PetitionDeadlines petitionDeadlines(Petitions petitions, Deadlines deadlines, CreditProperties p) {
        return new PetitionDeadlines(petitions, deadlines, p.deadlines().objectionDays(), p.deadlines().repairDays());
    }
}
