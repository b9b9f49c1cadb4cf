package cn.gov.platform.credit.calendar.application;

/**
 * A feature whose open objects carry deadlines counted on the calendar (petitions, publications).
 * Each applies its own rule: a date told to the public never moves earlier, a staff date may move
 * either way.
 */
public interface RecomputesDeadlines {

    /** What it recomputes, for the log and the metric tag. */
    String name();

    /**
     * Recomputes every open deadline that {@code change} can have moved and saves those that did
     * (compare-and-set); returns how many moved. A second pass on the same calendar moves nothing.
     */
    int recompute(CalendarChange change);
}
