package cn.gov.platform.intake.cases.application;

/**
 * The two series of readable numbers (INT-3): acceptance numbers and non-acceptance notices,
 * per county and year. Serials are drawn from a fast counter; the store's unique index is the
 * guarantee, and {@link #atLeast} moves a counter past the highest serial used after a reset.
 */
public interface NumberSeries {

    /** The series names, also the store fields they end up in. */
    String ACCEPTED = "number";
    String NOT_ACCEPTED = "noticeNumber";

    long next(String series, String county, int year);

    void atLeast(String series, String county, int year, long floor);
}
