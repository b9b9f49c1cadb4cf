package cn.gov.platform.kernel.calendar;

import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What makes a calendar year right, checked all at once so that an administrator sees every fault
 * in one answer: the year within the range the platform serves, the notice named, every date inside
 * the year, periods that end after they start, are at most {@value #LONGEST_PERIOD} days long, do
 * not overlap and name each holiday once; swapped working days on a Saturday or Sunday, each once,
 * and none of them also a day off.
 */
final class CalendarRules {

    static final int FIRST_YEAR = 1949;
    static final int LAST_YEAR = 2100;
    /** Longer than any period ever published (2020's Spring Festival, extended, had ten days): a typo guard. */
    static final int LONGEST_PERIOD = 15;

    /** A holiday period as submitted, with its position in the submission for the fault's field. */
    record Span(int index, List<Holiday> holidays, @Nullable LocalDate from, @Nullable LocalDate to) {
    }

    private CalendarRules() {
    }

    static List<Span> spans(List<HolidayPeriod> periods) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            HolidayPeriod p = periods.get(i);
            spans.add(new Span(i, p.holidays(), p.from(), p.to()));
        }
        return spans;
    }

    static void check(int year, CalendarYear.Basis basis, @Nullable Notice notice, List<Span> spans,
            List<@Nullable LocalDate> swapped) {
        List<DomainViolation.Fault> faults = faults(year, basis, notice == null ? null : notice.number(),
                notice == null ? null : notice.date(), spans, swapped);
        if (!faults.isEmpty()) {
            throw invalid(faults);
        }
    }

    static DomainViolation invalid(List<DomainViolation.Fault> faults) {
        return new DomainViolation(DomainViolation.Kind.INVALID, "CALENDAR_YEAR_INVALID",
                Message.of("年度日历有 " + faults.size() + " 处错误，未保存；请逐项更正。",
                        "The calendar year has " + faults.size() + " fault(s) and was not stored; correct each of them."),
                faults.getFirst().field(), faults);
    }

    static List<DomainViolation.Fault> faults(int year, CalendarYear.Basis basis, @Nullable String noticeNumber,
            @Nullable LocalDate noticeDate, List<Span> spans, List<@Nullable LocalDate> swapped) {
        List<DomainViolation.Fault> faults = new ArrayList<>();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            faults.add(fault("year", "YEAR_OUT_OF_RANGE", "年份应在 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 之间。",
                    "The year must lie between " + FIRST_YEAR + " and " + LAST_YEAR + "."));
        }
        if (basis == CalendarYear.Basis.OFFICIAL) {
            if (noticeNumber == null || noticeNumber.isBlank()) {
                faults.add(fault("notice.number", "NOTICE_NUMBER_MISSING", "请填写放假安排通知的文号。",
                        "Give the number of the notice the year comes from."));
            }
            if (noticeDate == null) {
                faults.add(required("notice.date"));
            } else if (noticeDate.getYear() > year) {
                faults.add(fault("notice.date", "NOTICE_AFTER_YEAR", "通知日期不能晚于该年度。",
                        "The notice cannot be dated after the year it announces."));
            }
        }
        Map<Holiday, Integer> named = new EnumMap<>(Holiday.class);
        Set<LocalDate> off = new HashSet<>();
        for (Span span : spans) {
            String at = "holidays[" + span.index() + "]";
            for (Holiday h : span.holidays()) {
                Integer earlier = named.putIfAbsent(h, span.index());
                if (earlier != null) {
                    faults.add(fault(at + ".names", "DUPLICATE_HOLIDAY", h.zh() + "已在第 " + (earlier + 1) + " 项中安排。",
                            h.en() + " is already given in entry " + (earlier + 1) + "."));
                }
            }
            LocalDate from = span.from();
            LocalDate to = span.to();
            boolean fromInYear = from != null && inYear(at + ".from", from, year, faults);
            boolean toInYear = to != null && inYear(at + ".to", to, year, faults);
            if (from == null) {
                faults.add(required(at + ".from"));
            }
            if (to == null) {
                faults.add(required(at + ".to"));
            }
            if (from == null || to == null || !fromInYear || !toInYear) {
                continue;
            }
            if (to.isBefore(from)) {
                faults.add(fault(at + ".to", "HOLIDAY_ENDS_BEFORE_START", "假期结束日 " + to + " 早于开始日 " + from + "。",
                        "The period ends on " + to + ", before it starts on " + from + "."));
                continue;
            }
            if (ChronoUnit.DAYS.between(from, to) + 1 > LONGEST_PERIOD) {
                faults.add(fault(at + ".to", "HOLIDAY_TOO_LONG", "一个假期不超过 " + LONGEST_PERIOD + " 天，请核对日期。",
                        "A holiday period is at most " + LONGEST_PERIOD + " days; check the dates."));
                continue;
            }
            boolean overlaps = false;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                overlaps |= !off.add(d);
            }
            if (overlaps) {
                faults.add(fault(at + ".from", "HOLIDAYS_OVERLAP", "该假期与其他假期日期重叠；同时放假的节日请写在同一项。",
                        "This period overlaps another; holidays that fall together belong in one entry."));
            }
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < swapped.size(); i++) {
            String at = "swappedWorkingDays[" + i + "]";
            LocalDate d = swapped.get(i);
            if (d == null) {
                faults.add(required(at));
                continue;
            }
            if (!inYear(at, d, year, faults)) {
                continue;
            }
            if (!seen.add(d)) {
                faults.add(fault(at, "DUPLICATE_DATE", d + " 重复出现。", d + " is given twice."));
            }
            if (!CalendarYear.isWeekend(d)) {
                faults.add(fault(at, "SWAPPED_DAY_NOT_WEEKEND", "调休上班日 " + d + " 应为周六或周日。",
                        "A swapped working day must be a Saturday or Sunday; " + d + " is not."));
            }
            if (off.contains(d)) {
                faults.add(fault(at, "SWAPPED_DAY_IS_HOLIDAY", d + " 不能既放假又调休上班。",
                        d + " cannot be both a day off and a swapped working day."));
            }
        }
        return faults;
    }

    private static boolean inYear(String field, LocalDate date, int year, List<DomainViolation.Fault> faults) {
        if (date.getYear() == year) {
            return true;
        }
        faults.add(fault(field, "DATE_OUTSIDE_YEAR", date + " 不在 " + year + " 年内。", date + " lies outside " + year + "."));
        return false;
    }

    static DomainViolation.Fault required(String field) {
        return fault(field, "REQUIRED", "此项必填。", "This field is required.");
    }

    static DomainViolation.Fault fault(String field, String code, String zh, String en) {
        return new DomainViolation.Fault(field, code, Message.of(zh, en));
    }
}
