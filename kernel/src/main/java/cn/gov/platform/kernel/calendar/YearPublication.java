package cn.gov.platform.kernel.calendar;

import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A year as an administrator submits it from the State Council's notice, before it is checked.
 * {@link #toOfficialYear} reports every fault at once (unknown holiday names with the date faults),
 * so nothing half-right is ever stored.
 */
public record YearPublication(int year, @Nullable String noticeNumber, @Nullable LocalDate noticeDate,
        @Nullable String noticeTitle, List<Entry> holidays, List<@Nullable LocalDate> swappedWorkingDays) {

    /** One holiday period: the holidays it is for (codes such as SPRING_FESTIVAL, or their names), first and last day off. */
    public record Entry(List<String> names, @Nullable LocalDate from, @Nullable LocalDate to) {
    }

    public YearPublication {
        holidays = List.copyOf(holidays);
        swappedWorkingDays = new ArrayList<>(swappedWorkingDays);
    }

    public CalendarYear toOfficialYear(int version, String publishedBy, Instant publishedAt) {
        List<DomainViolation.Fault> faults = new ArrayList<>();
        List<CalendarRules.Span> spans = new ArrayList<>();
        List<HolidayPeriod> periods = new ArrayList<>();
        for (int i = 0; i < holidays.size(); i++) {
            Entry entry = holidays.get(i);
            List<Holiday> known = new ArrayList<>();
            if (entry.names() == null || entry.names().isEmpty()) {
                faults.add(CalendarRules.required("holidays[" + i + "].names"));
            } else {
                for (String name : entry.names()) {
                    Optional<Holiday> holiday = name == null ? Optional.empty() : Holiday.named(name);
                    holiday.ifPresent(known::add);
                    if (holiday.isEmpty()) {
                        faults.add(CalendarRules.fault("holidays[" + i + "].names", "UNKNOWN_HOLIDAY",
                                "“" + name + "”不是法定节假日（元旦、春节、清明节、劳动节、端午节、中秋节、国庆节）。",
                                "\"" + name + "\" is not a public holiday (NEW_YEAR, SPRING_FESTIVAL, QINGMING, LABOUR_DAY,"
                                        + " DRAGON_BOAT, MID_AUTUMN, NATIONAL_DAY)."));
                    }
                }
            }
            spans.add(new CalendarRules.Span(i, known, entry.from(), entry.to()));
            if (!known.isEmpty() && entry.from() != null && entry.to() != null && !entry.to().isBefore(entry.from())) {
                periods.add(new HolidayPeriod(known, entry.from(), entry.to()));
            }
        }
        Notice notice = noticeNumber == null || noticeDate == null ? null
                : new Notice(noticeNumber.strip(), noticeDate, noticeTitle == null || noticeTitle.isBlank() ? null
                        : noticeTitle.strip());
        faults.addAll(CalendarRules.faults(year, CalendarYear.Basis.OFFICIAL, noticeNumber, noticeDate, spans,
                swappedWorkingDays));
        if (!faults.isEmpty()) {
            throw CalendarRules.invalid(faults);
        }
        TreeSet<LocalDate> swapped = new TreeSet<>();
        swappedWorkingDays.forEach(swapped::add);
        return CalendarYear.official(year, version, notice, periods, swapped, publishedBy, publishedAt);
    }
}
