package cn.gov.platform.certificates.imports.infrastructure;

import cn.gov.platform.certificates.imports.application.ImportCertificates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Drives unfinished imports in the background, a batch at a time, on whichever instance claims them. */
public class ImportWorker {

    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);
    private final ImportCertificates imports;

    public ImportWorker(ImportCertificates imports) {
        this.imports = imports;
    }

    @Scheduled(fixedDelayString = "${platform.certificates.import-interval:500ms}")
    public void work() {
        try {
            // Several batches per tick while there is work, then yield the scheduler thread.
            for (int i = 0; i < 20 && imports.processNextBatch(); i++) {
                // keep going
            }
        } catch (RuntimeException e) {
            // The store or Redis is down: the lease expires and the batch is retried later.
            log.warn("Import batch paused: {}", e.getClass().getSimpleName());
        }
    }
}
