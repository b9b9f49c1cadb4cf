package cn.gov.platform.intake.catalogue.infrastructure;

import cn.gov.platform.intake.catalogue.application.ItemDraft;
import cn.gov.platform.intake.catalogue.domain.FeeCatalogue;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Brings the published catalogue of Tongxin County into the store at start-up, so that a corrected
 * seed (a new material, a fixed limit) reaches a county that already runs the platform. Each item
 * is decided by {@link SeedDecision}: a new item is stored as version 1, an item whose current
 * version the seed stored from different content gets the seed item as its next version (effective
 * at once, as any catalogue change; cases keep the version they were filed under), and an item an
 * administrator changed since is left to the administrator: one WARN line names such items and the
 * counter {@code intake.catalogue.seed.held} counts them at each start (an alert watches it grow);
 * {@code intake.catalogue.seed.versions} counts the versions the seed stored. Two instances starting at once store one
 * version: the second one's insert meets the unique (code, version) index and is dropped.
 */
class CatalogueSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogueSeed.class);
    private final SeededItems items;
    private final FeeCatalogue fees;
    private final Resource seed;
    private final JsonMapper json;
    private final Counter versionsStored;
    private final Counter held;

    CatalogueSeed(SeededItems items, FeeCatalogue fees, Resource seed, JsonMapper json, MeterRegistry meters) {
        this.items = items;
        this.fees = fees;
        this.seed = seed;
        this.json = json;
        this.versionsStored = meters.counter("intake.catalogue.seed.versions");
        this.held = meters.counter("intake.catalogue.seed.held");
    }

    /** What one start did: items stored as version 1, as a new version, and left to administrators. */
    record Outcome(List<String> added, List<String> updated, List<String> held) {
    }

    @Override
    public void run(ApplicationArguments args) {
        apply();
    }

    Outcome apply() {
        List<String> added = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> heldBack = new ArrayList<>();
        // Every draft is validated before anything is stored, so a broken seed file fails the start.
        List<ItemDraft> drafts = drafts();
        List<ServiceItem> seedItems = drafts.stream().map(d -> d.toItem(1, fees)).toList();
        for (int i = 0; i < drafts.size(); i++) {
            ServiceItem seedItem = seedItems.get(i);
            String hash = SeedHash.of(drafts.get(i), json);
            var current = items.currentWithOrigin(seedItem.code());
            switch (SeedDecision.decide(current, seedItem, hash)) {
                case ADD_FIRST -> {
                    if (items.addSeeded(seedItem, hash)) {
                        added.add(seedItem.code().value());
                    }
                }
                case NEW_VERSION -> {
                    ServiceItem next = seedItem.asVersion(current.orElseThrow().item().version() + 1);
                    if (items.addSeeded(next, hash)) {
                        updated.add(next.code().value() + "@" + next.version());
                    }
                }
                case HELD_BY_ADMINISTRATOR -> heldBack.add(seedItem.code().value() + "@"
                        + current.orElseThrow().item().version());
                case UNCHANGED -> { }
            }
        }
        versionsStored.increment(added.size() + updated.size());
        held.increment(heldBack.size());
        if (!heldBack.isEmpty()) {
            log.warn("Catalogue seed: {} item(s) changed by an administrator since they were seeded keep their "
                    + "version; the seed's change is not applied to {}", heldBack.size(), heldBack);
        }
        log.info("Catalogue seed: {} item(s) added, {} updated to a new version {}", added.size(), updated.size(),
                updated);
        return new Outcome(List.copyOf(added), List.copyOf(updated), List.copyOf(heldBack));
    }

    /**
     * The seed file: its source, the division codes in it that are illustrative (built by the
     * coding rules, not verified from a published source), and the items.
     */
    record SeedFile(String source, List<String> illustrativeDivisionCodes, List<ItemDraft> items) {
    }

    List<ItemDraft> drafts() {
        try (InputStream in = seed.getInputStream()) {
            return json.readValue(in, SeedFile.class).items();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
