package cn.gov.platform.identity.mandate.web;

import cn.gov.platform.identity.mandate.domain.Mandate;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A mandate as its principal or agent sees it; {@code effective} says whether it works right now.
 * {@code principalName} and {@code agentName} are the real names the two gave each other (the
 * agent met the villager in person), so that neither reads the other as an account id; null for
 * an account without a real-name record.
 */
public record MandateView(String id, String principal, String agent, boolean allItems, List<String> items,
        Instant validFrom, Instant validUntil, String consent, @Nullable Instant consentGivenAt, String state,
        boolean effective, @Nullable Instant revokedAt, @Nullable String principalName, @Nullable String agentName) {

    public static MandateView of(Mandate m, Instant now, Function<String, Optional<String>> names) {
        return new MandateView(m.id(), m.principal(), m.agent(), m.scope().allItems(), List.copyOf(m.scope().items()),
                m.validFrom(), m.validUntil(), m.consent().method().name().toLowerCase(Locale.ROOT),
                m.consent().givenAt(), m.state().name().toLowerCase(Locale.ROOT),
                m.isEffective(now), m.revokedAt(), names.apply(m.principal()).orElse(null),
                names.apply(m.agent()).orElse(null));
    }
}
