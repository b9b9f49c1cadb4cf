package cn.gov.platform.intake.supervision.domain;

import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import java.time.LocalDate;

/**
 * When an item turns yellow and red on the working-day calendar. An item due on {@code due} is
 * red from the day after; yellow while at most {@code yellowDays} working days remain after today
 * (the due day itself is yellow). Lights change with time, not with events, so they are computed
 * when read: {@link #at(LocalDate)} gives two dates against which every due date is compared,
 * which is what lets the figures light thousands of items per distinct due date at no cost per item.
 */
public final class LightPolicy {

    private final WorkingDayCalendar calendar;
    private final int yellowDays;

    public LightPolicy(WorkingDayCalendar calendar, int yellowDays) {
        if (yellowDays < 0) {
            throw new IllegalArgumentException("yellowDays must not be negative");
        }
        this.calendar = calendar;
        this.yellowDays = yellowDays;
    }

    public int yellowDays() {
        return yellowDays;
    }

    /** The thresholds valid for the whole of {@code today}. */
    public Thresholds at(LocalDate today) {
        // The day before the (N+1)th working day after today is the last due date with at most N left.
        return new Thresholds(today, calendar.plusWorkingDays(today, yellowDays + 1).minusDays(1));
    }

    public Light light(LocalDate due, LocalDate today) {
        return at(today).light(due);
    }

    /**
     * @param today       the day the lights are for
     * @param yellowUntil the last due date that is yellow today (later ones are green)
     */
    public record Thresholds(LocalDate today, LocalDate yellowUntil) {

        public Light light(LocalDate due) {
            if (due.isBefore(today)) {
                return Light.RED;
            }
            return due.isAfter(yellowUntil) ? Light.GREEN : Light.YELLOW;
        }
    }
}
