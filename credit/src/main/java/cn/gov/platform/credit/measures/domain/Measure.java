package cn.gov.platform.credit.measures.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * One joint measure (联合奖惩措施) in one version: for subjects on {@code listType}, do
 * {@code kind} in the service items listed ({@code *} for every item). A change is a new
 * version; checks cite the version they applied, and old versions are kept.
 */
public record Measure(String id, int version, String listType, MeasureKind kind, Set<String> items,
        String legalBasis, String descriptionZh, String descriptionEn, LocalDate validFrom) {

    public Measure {
        items = Set.copyOf(items);
    }

    public boolean coversItem(String itemCode) {
        return items.contains("*") || items.contains(itemCode);
    }
}
