package cn.gov.platform.credit.calendar.application;

import cn.gov.platform.kernel.calendar.CalendarYear;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Working-day deadlines in credit (CRE-3 answer dates, CRE-4 publication limits) on the platform's
 * one calendar, whose official years intake publishes. Until this instance has read them once
 * ({@code officialYearsRead}), no new deadline is computed: {@link CalendarUnavailable}. After that
 * a year without official data counts on its provisional form, and {@link #isProvisional} says so.
 */
public class Deadlines {

    private final WorkingDayCalendar calendar;
    private final BooleanSupplier officialYearsRead;
    /** Once read, always read (the calendar keeps its years); remembered so no request waits on a reload in progress. */
    private volatile boolean read;

    public Deadlines(WorkingDayCalendar calendar, BooleanSupplier officialYearsRead) {
        this.calendar = calendar;
        this.officialYearsRead = officialYearsRead;
    }

    /** The date {@code workingDays} working days after {@code start}, and whether a provisional year went into it. */
    public WorkingDayCalendar.Due due(LocalDate start, int workingDays) {
        requireOfficialYears();
        return calendar.due(start, workingDays);
    }

    /** Refuses ({@link CalendarUnavailable}) while the official years have never been read. */
    public void requireOfficialYears() {
        if (!ready()) {
            throw new CalendarUnavailable();
        }
    }

    /** Whether the official years were read at least once. */
    public boolean ready() {
        if (!read && officialYearsRead.getAsBoolean()) {
            read = true;
        }
        return read;
    }

    /**
     * Whether a date counted over {@code from}..{@code to} rests on a provisional year, now (it flips
     * as soon as the year is published). Before the official years were read, everything is.
     */
    public boolean isProvisional(LocalDate from, LocalDate to) {
        return !ready() || calendar.isProvisional(from, to);
    }

    /** The official years held now (newest version of each). */
    public List<CalendarYear> officialYears() {
        return calendar.officialYears();
    }
}
