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
 * Brings {@code templates/seed.json} into the store, each version approved by "seed": version 1 of
 * a code the store does not have; the next version of a code whose latest version the seed wrote
 * and whose wording or urgency the seed has since changed (a corrected text reaches a county that
 * runs the platform already). A code whose latest version an administrator wrote or approved is
 * left alone, with one WARN naming the codes whose seed differs: their wording is the county's.
 */
class TemplateSeed {

    private static final Logger log = LoggerFactory.getLogger(TemplateSeed.class);
    static final String SEED = "seed";

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
        List<String> held = new java.util.ArrayList<>();
        for (Entry e : entries) {
            List<Template> versions = catalogue.versions(e.code());
            Template latest = versions.stream().max(java.util.Comparator.comparingInt(Template::version)).orElse(null);
            if (latest != null && latest.text().value().equals(e.text()) && latest.urgent() == e.urgent()) {
                continue;
            }
            if (latest != null && !SEED.equals(latest.approvedBy())) {
                held.add(e.code());
                continue;
            }
            int version = latest == null ? 1 : latest.version() + 1;
            // Two instances starting at once: the store's (code, version) refuses the second.
            if (catalogue.add(Template.draft(e.code(), version, e.text(), e.urgent()).approve(SEED, clock.instant()))) {
                added++;
            }
        }
        if (!held.isEmpty()) {
            log.warn("Template seed: {} changed in the seed but left alone, an administrator wrote their latest version: {}",
                    held.size(), held);
        }
        log.info("Template seed: {} template version(s) added for {} seeded templates", added, entries.size());
        return added;
    }
}
