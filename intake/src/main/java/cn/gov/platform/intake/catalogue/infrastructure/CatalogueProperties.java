package cn.gov.platform.intake.catalogue.infrastructure;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * Where the catalogue's reference data comes from.
 *
 * @param seed       the published items, stored at start-up: a new item as version 1, a changed one as the
 *                   next version unless an administrator changed it since ({@code CATALOGUE_SEED})
 * @param fees       the published fee catalogue; an item may charge only these
 * @param seedOnStart whether to seed at all (off where the catalogue is administered by hand)
 * @param cacheFor    how long an instance keeps an item's current version before asking the store
 *                    again; a change made through another instance shows here within this time
 */
@Validated
@ConfigurationProperties("platform.intake.catalogue")
record CatalogueProperties(
        @NotNull @DefaultValue("classpath:catalogue/tongxin-items.json") Resource seed,
        @NotNull @DefaultValue("classpath:catalogue/fees.json") Resource fees,
        @DefaultValue("true") boolean seedOnStart,
        @NotNull @DefaultValue("10s") java.time.Duration cacheFor) {
}
