package cn.gov.platform.notifications.messages.infrastructure;

import cn.gov.platform.notifications.inbox.application.InboxStore;
import cn.gov.platform.notifications.messages.application.MessageStore;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Personal data is kept only as long as configured: the texts of finished messages are removed
 * after {@code bodies} (the record of what was sent, when and how stays), inbox entries are
 * deleted after {@code inbox}. A job, not TTL indexes, because the embedded store has none.
 */
class RetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    private final MessageStore messages;
    private final InboxStore inbox;
    private final Duration bodies;
    private final Duration inboxRetention;
    private final Clock clock;

    RetentionPurge(MessageStore messages, InboxStore inbox, Duration bodies, Duration inboxRetention, Clock clock) {
        this.messages = messages;
        this.inbox = inbox;
        this.bodies = bodies;
        this.inboxRetention = inboxRetention;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${notifications.retention.purge-every:1h}", initialDelayString = "${notifications.retention.purge-every:1h}")
    void onSchedule() {
        try {
            purge();
        } catch (RuntimeException e) {
            log.warn("Retention purge failed, next round tries again: {}", e.toString());
        }
    }

    long purge() {
        long texts = messages.purgeBodies(clock.instant().minus(bodies));
        long entries = inbox.purgeCreatedBefore(clock.instant().minus(inboxRetention));
        if (texts + entries > 0) {
            log.info("Retention purge: {} message texts removed, {} inbox entries deleted", texts, entries);
        }
        return texts + entries;
    }
}
