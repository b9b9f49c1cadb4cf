package cn.gov.platform.credit.lists.application;

import cn.gov.platform.credit.lists.domain.Entries;
import cn.gov.platform.credit.lists.domain.ListEntry;
import cn.gov.platform.kernel.ChinaTime;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Moves entries whose validity ended to EXPIRED in the store and in every instance's index. An
 * entry changed meanwhile (an objection decided at the same moment) is left for the next round.
 */
public class ExpirySweep {

    private static final int BATCH = 200;
    private final Entries entries;
    private final EntriesInForce index;
    private final Clock clock;
    private final Counter expired;

    public ExpirySweep(Entries entries, EntriesInForce index, Clock clock, MeterRegistry meters) {
        this.entries = entries;
        this.index = index;
        this.clock = clock;
        this.expired = Counter.builder("credit.entries.expired").register(meters);
    }

    /** Expires every entry due on the clock's day (in China); returns how many it moved. */
    public int sweep() {
        Instant now = clock.instant();
        LocalDate today = ChinaTime.dateOf(now);
        int moved = 0;
        while (true) {
            List<ListEntry> due = entries.inForceEndedBefore(today, BATCH);
            int before = moved;
            for (ListEntry entry : due) {
                ListEntry next = entry.expired(now);
                if (entries.replace(entry, next)) {
                    index.changed(next);
                    expired.increment();
                    moved++;
                }
            }
            if (due.size() < BATCH || moved == before) {
                return moved;
            }
        }
    }
}
