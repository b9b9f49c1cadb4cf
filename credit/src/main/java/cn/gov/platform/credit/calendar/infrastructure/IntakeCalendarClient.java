package cn.gov.platform.credit.calendar.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Intake's internal read of the published calendar (realm role {@code service}; the service token
 * is added to every Feign call by the subjects configuration's interceptor): the newest version of
 * every official year, in the shape of a year as an administrator publishes it.
 */
@FeignClient(name = "intake", url = "${platform.credit.intake.uri}")
interface IntakeCalendarClient {

    @GetMapping("/api/intake/internal/calendar/years")
    @Nullable List<PublishedYear> years();

    /** One official year as intake serves it; holiday names are codes such as {@code SPRING_FESTIVAL}. */
    record PublishedYear(int year, int version, @Nullable Notice notice, @Nullable List<Period> holidays,
            @Nullable List<@Nullable LocalDate> swappedWorkingDays, @Nullable String publishedBy,
            @Nullable Instant publishedAt) {
    }

    /** The State Council notice the year comes from. */
    record Notice(@Nullable String number, @Nullable LocalDate date, @Nullable String title) {
    }

    /** One holiday period: the holidays it is for, first and last day off. */
    record Period(@Nullable List<String> names, @Nullable LocalDate from, @Nullable LocalDate to) {
    }
}
