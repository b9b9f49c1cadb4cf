package cn.gov.platform.intake.calendar.web;

import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.calendar.YearPublication;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A year as an administrator submits it, read with its dates as text so that a date that is not a
 * date ({@code "2027-02-30"}) is one fault among the others rather than a refusal of the whole body:
 * every fault is reported at once, with the field it is in ({@code holidays[2].to},
 * {@code swappedWorkingDays[0]}, {@code notice.date}).
 */
record PublicationBody(@Nullable Integer year, @Nullable String noticeNumber, @Nullable String noticeDate,
        @Nullable String noticeTitle, @Nullable List<EntryBody> holidays, @Nullable List<String> swappedWorkingDays) {

    /** One holiday period: the holidays it is for (codes such as {@code SPRING_FESTIVAL}), first and last day off. */
    record EntryBody(@Nullable List<String> names, @Nullable String from, @Nullable String to) {
    }

    /** The publication, or every fault in it at once (the kernel's rules and the unreadable dates). */
    YearPublication toPublication() {
        List<DomainViolation.Fault> unreadable = new ArrayList<>();
        List<YearPublication.Entry> entries = new ArrayList<>();
        List<EntryBody> given = holidays == null ? List.of() : holidays;
        for (int i = 0; i < given.size(); i++) {
            EntryBody e = given.get(i) == null ? new EntryBody(null, null, null) : given.get(i);
            entries.add(new YearPublication.Entry(e.names() == null ? List.of() : e.names(),
                    date(e.from(), "holidays[" + i + "].from", unreadable),
                    date(e.to(), "holidays[" + i + "].to", unreadable)));
        }
        List<@Nullable LocalDate> swapped = new ArrayList<>();
        List<String> days = swappedWorkingDays == null ? List.of() : swappedWorkingDays;
        for (int i = 0; i < days.size(); i++) {
            swapped.add(date(days.get(i), "swappedWorkingDays[" + i + "]", unreadable));
        }
        LocalDate notice = date(noticeDate, "notice.date", unreadable);
        if (year == null) {
            // Without the year nothing else can be checked against it.
            unreadable.add(new DomainViolation.Fault("year", "REQUIRED", Message.of("此项必填。", "This field is required.")));
            throw invalid(unreadable);
        }
        YearPublication publication = new YearPublication(year, noticeNumber, notice, noticeTitle, entries, swapped);
        if (unreadable.isEmpty()) {
            return publication;
        }
        List<DomainViolation.Fault> all = new ArrayList<>(unreadable);
        Set<String> reported = new HashSet<>(unreadable.stream().map(DomainViolation.Fault::field).toList());
        try {
            publication.toOfficialYear(1, "check", Instant.EPOCH);
        } catch (DomainViolation v) {
            // An unreadable date is absent for the rules, which would call it missing as well: say it once.
            v.faults().stream().filter(f -> !reported.contains(f.field()) || !f.code().equals("REQUIRED"))
                    .forEach(all::add);
        }
        throw invalid(all);
    }

    private static @Nullable LocalDate date(@Nullable String text, String field, List<DomainViolation.Fault> faults) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            faults.add(new DomainViolation.Fault(field, "INVALID_DATE", Message.of(
                    "“" + abbreviated(text) + "”不是有效日期，请写作 2027-01-01。",
                    "\"" + abbreviated(text) + "\" is not a valid date; write it as 2027-01-01.")));
            return null;
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }

    private static DomainViolation invalid(List<DomainViolation.Fault> faults) {
        return new DomainViolation(DomainViolation.Kind.INVALID, "CALENDAR_YEAR_INVALID",
                Message.of("年度日历有 " + faults.size() + " 处错误，未保存；请逐项更正。",
                        "The calendar year has " + faults.size() + " fault(s) and was not stored; correct each of them."),
                faults.getFirst().field(), faults);
    }
}
