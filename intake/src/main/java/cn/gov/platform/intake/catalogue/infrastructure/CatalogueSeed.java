package cn.gov.platform.intake.catalogue.infrastructure;

import cn.gov.platform.intake.catalogue.application.ItemDraft;
import cn.gov.platform.intake.catalogue.application.ServiceItems;
import cn.gov.platform.intake.catalogue.domain.FeeCatalogue;
import cn.gov.platform.intake.catalogue.domain.ItemCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts the published catalogue of Tongxin County into an empty store at start-up. Items that
 * exist already are left alone: once in the store, an item is the administrators' to change.
 */
class CatalogueSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogueSeed.class);
    private final ServiceItems items;
    private final FeeCatalogue fees;
    private final Resource seed;
    private final JsonMapper json;

    CatalogueSeed(ServiceItems items, FeeCatalogue fees, Resource seed, JsonMapper json) {
        this.items = items;
        this.fees = fees;
        this.seed = seed;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = 0;
        for (ItemDraft draft : drafts()) {
            // Every draft is validated even when present, so a broken seed file fails the start.
            var item = draft.toItem(1, fees);
            if (items.current(ItemCode.of(draft.code())).isEmpty() && items.add(item)) {
                added++;
            }
        }
        log.info("Catalogue seed: {} item(s) added", added);
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
