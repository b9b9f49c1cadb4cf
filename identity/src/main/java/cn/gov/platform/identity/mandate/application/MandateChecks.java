package cn.gov.platform.identity.mandate.application;

import cn.gov.platform.identity.cache.CheckCache;
import cn.gov.platform.identity.mandate.domain.Agent;
import cn.gov.platform.identity.mandate.domain.Agents;
import cn.gov.platform.identity.mandate.domain.Mandate;
import cn.gov.platform.identity.mandate.domain.MandateDecision;
import cn.gov.platform.identity.mandate.domain.MandateReason;
import cn.gov.platform.identity.mandate.domain.Mandates;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * "May agent A act for principal P on item X now?" for other services (INT-10). Answers are
 * cached per agent and dropped on every change to the agent or their mandates; an answer is
 * cached no longer than the next moment a mandate starts or ends, so expiry needs no event.
 */
@Service
public class MandateChecks {

    static final String CHECK = "mandate";

    private final Mandates mandates;
    private final Agents agents;
    private final CheckCache cache;
    private final Clock clock;
    private final Timer timer;

    public MandateChecks(Mandates mandates, Agents agents, CheckCache cache, Clock clock, MeterRegistry meters) {
        this.mandates = mandates;
        this.agents = agents;
        this.cache = cache;
        this.clock = clock;
        this.timer = Timer.builder("identity.use-case").tag("use-case", "mandate-check").register(meters);
    }

    public MandateDecision check(String actor, String principal, String item) {
        return timer.record(() -> cache.get(CHECK, actor, principal + "|" + item, MandateDecision.class,
                () -> decide(actor, principal, item)));
    }

    private CheckCache.Answer<MandateDecision> decide(String actor, String principal, String item) {
        Instant now = clock.instant();
        List<Mandate> found = mandates.between(actor, principal);
        Duration validFor = untilNextBoundary(found, now);
        if (found.isEmpty()) {
            return new CheckCache.Answer<>(MandateDecision.refused(MandateReason.NO_MANDATE, null), validFor);
        }
        if (agents.bySubject(actor).filter(Agent::active).isEmpty()) {
            return new CheckCache.Answer<>(MandateDecision.refused(MandateReason.AGENT_INACTIVE, null), validFor);
        }
        // A grant from any mandate wins. Otherwise the reason comes from the mandate that speaks
        // about this item (a revoked or expired mandate for it says more than another mandate
        // that never covered it), then from the one that came through most rules, then the newest.
        MandateDecision decision = found.stream()
                .map(m -> m.decide(item, now))
                .filter(MandateDecision::allowed)
                .findFirst()
                .orElseGet(() -> found.stream()
                        .max(Comparator.<Mandate, Boolean>comparing(m -> m.scope().covers(item))
                                .thenComparingInt(m -> m.rulesPassed(item, now))
                                .thenComparing(Mandate::createdAt))
                        .map(m -> m.decide(item, now))
                        .orElseThrow());
        return new CheckCache.Answer<>(decision, validFor);
    }

    private static Duration untilNextBoundary(List<Mandate> found, Instant now) {
        return found.stream()
                .flatMap(m -> Stream.of(m.validFrom(), m.validUntil()))
                .filter(now::isBefore)
                .min(Comparator.naturalOrder())
                .map(t -> Duration.between(now, t))
                .orElse(Duration.ofDays(365));
    }
}
