package cn.gov.platform.credit.calendar.infrastructure;

import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.calendar.CalendarYear;
import cn.gov.platform.kernel.calendar.YearPublication;
import cn.gov.platform.support.calendar.PublishedYears;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;

/**
 * Credit's source of the official calendar years: intake's internal API, behind its own circuit
 * breaker ({@value #BREAKER}) so that an unreachable intake costs a fast failure, not a thread per
 * poll. Every year is checked again exactly as intake checked it when it was published
 * ({@link YearPublication#toOfficialYear}); an answer with a faulty year, or with no year at all
 * (intake always holds at least its seeded year), is refused whole, so that the instance keeps the
 * years it holds rather than silently dropping one to a provisional form.
 */
class IntakePublishedYears implements PublishedYears {

    static final String BREAKER = "intake";
    private static final Logger log = LoggerFactory.getLogger(IntakePublishedYears.class);

    private final IntakeCalendarClient client;
    private final CircuitBreaker breaker;

    IntakePublishedYears(IntakeCalendarClient client, CircuitBreakerFactory<?, ?> breakers) {
        this.client = client;
        this.breaker = breakers.create(BREAKER);
    }

    @Override
    public List<CalendarYear> current() {
        List<IntakeCalendarClient.PublishedYear> answer = breaker.run(client::years, failure -> {
            log.debug("Intake did not serve the calendar years: {}", failure.toString());
            throw new IllegalStateException("Intake is unreachable for the calendar years (" + failure.getClass()
                    .getSimpleName() + ")");
        });
        return toYears(answer);
    }

    static List<CalendarYear> toYears(List<IntakeCalendarClient.PublishedYear> answer) {
        if (answer == null || answer.isEmpty()) {
            throw new IllegalStateException("Intake served no calendar year");
        }
        List<CalendarYear> years = new ArrayList<>();
        for (IntakeCalendarClient.PublishedYear y : answer) {
            years.add(toYear(y));
        }
        return years;
    }

    static CalendarYear toYear(IntakeCalendarClient.PublishedYear y) {
        if (y.version() < 1 || y.publishedBy() == null || y.publishedAt() == null) {
            throw new IllegalStateException("Intake served year " + y.year() + " without version, publisher or time");
        }
        IntakeCalendarClient.Notice notice = y.notice();
        List<YearPublication.Entry> holidays = y.holidays() == null ? List.of() : y.holidays().stream()
                .map(p -> new YearPublication.Entry(p.names() == null ? List.of() : p.names(), p.from(), p.to()))
                .toList();
        YearPublication publication = new YearPublication(y.year(), notice == null ? null : notice.number(),
                notice == null ? null : notice.date(), notice == null ? null : notice.title(), holidays,
                y.swappedWorkingDays() == null ? List.of() : y.swappedWorkingDays());
        try {
            return publication.toOfficialYear(y.version(), y.publishedBy(), y.publishedAt());
        } catch (DomainViolation e) {
            throw new IllegalStateException("Intake served year " + y.year() + " version " + y.version()
                    + " with faults " + e.faults().stream().map(f -> f.field() + " " + f.code())
                            .collect(Collectors.joining(", ")), e);
        }
    }
}
