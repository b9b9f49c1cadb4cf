package cn.gov.platform.identity.mandate.web;

import cn.gov.platform.identity.mandate.domain.Mandate;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A mandate as its principal or agent sees it; {@code effective} says whether it works right now. */
public record MandateView(String id, String principal, String agent, boolean allItems, List<String> items,
        Instant validFrom, Instant validUntil, String consent, @Nullable Instant consentGivenAt, String state,
        boolean effective, @Nullable Instant revokedAt) {

    public static MandateView of(Mandate m, Instant now) {
        return new MandateView(m.id(), m.principal(), m.agent(), m.scope().allItems(), List.copyOf(m.scope().items()),
                m.validFrom(), m.validUntil(), m.consent().method().name().toLowerCase(Locale.ROOT),
                m.consent().givenAt(), m.state().name().toLowerCase(Locale.ROOT),
                m.isEffective(now), m.revokedAt());
    }
}
