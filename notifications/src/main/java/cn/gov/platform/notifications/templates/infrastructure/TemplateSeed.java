package cn.gov.platform.notifications.templates.infrastructure;

import cn.gov.platform.notifications.templates.application.TemplateCatalogue;
import cn.gov.platform.notifications.templates.domain.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds version 1 of every template in {@code templates/seed.json}, approved by "seed", for
 * codes that have no version yet. A code already in the store is left alone, so an approved
 * later wording is never overwritten by a restart.
 */
class TemplateSeed {

    private static final Logger log = LoggerFactory.getLogger(TemplateSeed.class);

    record Entry(String code, String text, boolean urgent) {
    }

    private final TemplateCatalogue catalogue;
    private final Resource seed;
    private final JsonMapper json;
    private final Clock clock;

    TemplateSeed(TemplateCatalogue catalogue, Resource seed, JsonMapper json, Clock clock) {
        this.catalogue = catalogue;
        this.seed = seed;
        this.json = json;
        this.clock = clock;
    }

    int run() {
        List<Entry> entries;
        try (InputStream in = seed.getInputStream()) {
            entries = List.of(json.readValue(in, Entry[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template seed " + seed, e);
        }
        int added = 0;
        for (Entry e : entries) {
            if (catalogue.versions(e.code()).isEmpty()
                    && catalogue.add(Template.draft(e.code(), 1, e.text(), e.urgent()).approve("seed", clock.instant()))) {
                added++;
            }
        }
        log.info("Template seed: {} of {} templates added", added, entries.size());
        return added;
    }
}
