package cn.gov.platform.intake.calendar.domain;

/**
 * The published calendar a recomputation applies: the year that was published and its version.
 * Every moved date names it, so anyone can see which notice moved it.
 */
public record CalendarStamp(int year, int version) {

    public CalendarStamp {
        if (version < 1) {
            throw new IllegalArgumentException("Only published (official) versions are recomputed to");
        }
    }

    /** "2027 年日历第 2 版 | the 2027 calendar, version 2". */
    public String label() {
        return year + " 年日历第 " + version + " 版 | the " + year + " calendar, version " + version;
    }
}
