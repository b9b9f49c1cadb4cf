package cn.gov.platform.intake.cases.application;

import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.CaseNumber;
import cn.gov.platform.intake.cases.domain.NoticeNumber;
import cn.gov.platform.kernel.identifiers.DivisionCode;
import cn.gov.platform.kernel.ChinaTime;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The readable numbers a case is given at the window (INT-3), per county and year of the day they
 * are drawn: acceptance numbers and notices of non-acceptance. Drawn only when the aggregate asks,
 * after its rules have passed, so a refusal wastes no number.
 */
public class CaseNumbers {

    private final NumberSeries series;
    private final CaseStore store;
    private final Clock time;
    private final MeterRegistry meters;

    public CaseNumbers(NumberSeries series, CaseStore store, Clock time, MeterRegistry meters) {
        this.series = series;
        this.store = store;
        this.time = time;
        this.meters = meters;
    }

    public Supplier<CaseNumber> acceptance(Case c) {
        return () -> {
            int year = ChinaTime.today(time).getYear();
            String county = countyOf(c);
            return CaseNumber.of(county, year, series.next(NumberSeries.ACCEPTED, county, year));
        };
    }

    public Supplier<NoticeNumber> notice(Case c) {
        return () -> {
            int year = ChinaTime.today(time).getYear();
            String county = countyOf(c);
            return NoticeNumber.of(county, year, series.next(NumberSeries.NOT_ACCEPTED, county, year));
        };
    }

    /** After a clash: the series is moved past the highest number of this county and year in the store. */
    void resync(String name, Case c) {
        int year = ChinaTime.today(time).getYear();
        String county = countyOf(c);
        series.atLeast(name, county, year, store.highestSerial(name, county + "-" + "%04d".formatted(year) + "-"));
        meters.counter("intake.cases.number-resyncs", "series", name).increment();
    }

    private static String countyOf(Case c) {
        return DivisionCode.of(c.snapshot().handling().division()).county();
    }
}
