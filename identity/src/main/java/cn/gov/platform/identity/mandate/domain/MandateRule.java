package cn.gov.platform.identity.mandate.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One condition a mandate must meet for an agent to act on an item now. The rules are checked in
 * the order of {@link #ALL}; a new condition is one new rule.
 */
public sealed interface MandateRule {

    /** The refusal, or empty if the mandate meets this rule. */
    Optional<MandateReason> refuse(Mandate mandate, String item, Instant now);

    List<MandateRule> ALL = List.of(new NotRevoked(), new Confirmed(), new Started(), new NotExpired(),
            new CoversItem());

    record NotRevoked() implements MandateRule {
        public Optional<MandateReason> refuse(Mandate m, String item, Instant now) {
            return m.state() == MandateState.REVOKED ? Optional.of(MandateReason.REVOKED) : Optional.empty();
        }
    }

    record Confirmed() implements MandateRule {
        public Optional<MandateReason> refuse(Mandate m, String item, Instant now) {
            return m.state() == MandateState.PENDING_CONFIRMATION
                    ? Optional.of(MandateReason.PENDING_CONFIRMATION) : Optional.empty();
        }
    }

    record Started() implements MandateRule {
        public Optional<MandateReason> refuse(Mandate m, String item, Instant now) {
            return now.isBefore(m.validFrom()) ? Optional.of(MandateReason.NOT_YET_VALID) : Optional.empty();
        }
    }

    record NotExpired() implements MandateRule {
        public Optional<MandateReason> refuse(Mandate m, String item, Instant now) {
            return now.isBefore(m.validUntil()) ? Optional.empty() : Optional.of(MandateReason.EXPIRED);
        }
    }

    record CoversItem() implements MandateRule {
        public Optional<MandateReason> refuse(Mandate m, String item, Instant now) {
            return m.scope().covers(item) ? Optional.empty() : Optional.of(MandateReason.ITEM_NOT_IN_SCOPE);
        }
    }
}
