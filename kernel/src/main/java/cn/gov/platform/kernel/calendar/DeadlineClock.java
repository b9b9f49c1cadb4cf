package cn.gov.platform.kernel.calendar;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * When a limit of N working days from a start date runs out, with the clock stopped during
 * supplement requests: a working day inside a {@link Pause} does not count (INT-6). While a
 * pause is still open the due date is unknown, so the answer says how many days are left instead.
 */
public final class DeadlineClock {

    /**
     * The state of one deadline: the due date, or none while paused, the working days used so far,
     * and whether a provisional year went into it (the date may still move when the year is published).
     */
    public record Deadline(@Nullable LocalDate due, boolean paused, int usedWorkingDays, int limit, boolean provisional) {
    }

    private final WorkingDayCalendar calendar;

    public DeadlineClock(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public Deadline deadline(LocalDate start, int limit, List<Pause> pauses, LocalDate today) {
        boolean open = pauses.stream().anyMatch(Pause::isOpen);
        if (open) {
            return new Deadline(null, true, usedUntil(start, pauses, today), limit, calendar.isProvisional(start, today));
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < limit) {
            date = date.plusDays(1);
            if (calendar.isWorkingDay(date) && !paused(date, pauses)) {
                counted++;
            }
        }
        return new Deadline(date, false, Math.min(limit, usedUntil(start, pauses, today)), limit,
                calendar.isProvisional(start, date));
    }

    private int usedUntil(LocalDate start, List<Pause> pauses, LocalDate today) {
        int used = 0;
        for (LocalDate d = start.plusDays(1); !d.isAfter(today); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d) && !paused(d, pauses)) {
                used++;
            }
        }
        return used;
    }

    private static boolean paused(LocalDate date, List<Pause> pauses) {
        return pauses.stream().anyMatch(p -> p.covers(date));
    }
}
