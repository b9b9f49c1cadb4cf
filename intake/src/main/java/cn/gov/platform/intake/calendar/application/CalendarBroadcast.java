package cn.gov.platform.intake.calendar.application;

/** Tells every instance of every service that the published years changed, and reloads this one at once. */
public interface CalendarBroadcast {

    void announce();

    /** Reloads this instance's calendar from the store now (it may be behind the store for up to a poll). */
    void reload();
}
