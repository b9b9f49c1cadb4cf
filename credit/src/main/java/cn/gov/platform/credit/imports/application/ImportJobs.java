package cn.gov.platform.credit.imports.application;

import cn.gov.platform.credit.imports.domain.ImportJob;
import java.util.Optional;

/** Where import jobs and their progress are kept. */
public interface ImportJobs {

    void save(ImportJob job);

    Optional<ImportJob> byId(String id);
}
