package cn.gov.platform.credit.imports.infrastructure;

import cn.gov.platform.credit.imports.application.ImportJobs;
import cn.gov.platform.credit.imports.domain.ImportJob;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Jobs in collection {@code import_jobs}. */
class MongoImportJobs implements ImportJobs {

    private final MongoTemplate mongo;

    MongoImportJobs(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void save(ImportJob job) {
        mongo.save(job, "import_jobs");
    }

    @Override
    public Optional<ImportJob> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, ImportJob.class, "import_jobs"));
    }
}
