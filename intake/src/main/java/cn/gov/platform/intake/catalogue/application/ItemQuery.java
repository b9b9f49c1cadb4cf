package cn.gov.platform.intake.catalogue.application;

import org.jspecify.annotations.Nullable;

/**
 * A catalogue search: any combination of a keyword (Chinese or English, matched ignoring case in
 * names, keywords, life events and departments), a department code, a division handling the item, and a life event (人生事件).
 */
public record ItemQuery(@Nullable String keyword, @Nullable String department, @Nullable String division,
        @Nullable String lifeEvent) {
}
