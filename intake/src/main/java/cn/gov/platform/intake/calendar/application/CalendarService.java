package cn.gov.platform.intake.calendar.application;

import cn.gov.platform.intake.calendar.domain.CalendarStamp;
import cn.gov.platform.intake.calendar.domain.Recomputation;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.calendar.CalendarYear;
import cn.gov.platform.kernel.calendar.YearPublication;
import cn.gov.platform.support.problem.PlatformException;
import cn.gov.platform.support.web.Caller;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Publishing official calendar years (INT-6). An administrator submits a year from the State
 * Council's notice; every fault is reported at once and nothing is stored on a fault. Each
 * publication of a year is a new version, the old ones kept with who published them and when; a
 * retry with the same Idempotency-Key returns the version the first attempt stored. After storing,
 * every instance of every service is told (within seconds), this one reloads at once, and a durable
 * job recomputes the open deadlines the year touches ({@link RecomputationService}).
 */
public class CalendarService {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");
    private static final int VERSION_RETRIES = 5;
    /** Who publishes the years shipped with the service. */
    public static final String SEED = "seed";

    private final CalendarYears years;
    private final Recomputations jobs;
    private final CalendarBroadcast broadcast;
    private final Clock clock;
    private final MeterRegistry meters;

    public CalendarService(CalendarYears years, Recomputations jobs, CalendarBroadcast broadcast, Clock clock,
            MeterRegistry meters) {
        this.years = years;
        this.jobs = jobs;
        this.broadcast = broadcast;
        this.clock = clock;
        this.meters = meters;
    }

    /** A publication's outcome: the stored version, and whether this request stored it or a retry found it. */
    public record Published(CalendarYear year, boolean created) {
    }

    /** One stored version of a year with the progress of its recomputation (absent for a version never recomputed). */
    public record Version(CalendarYear year, @Nullable Recomputation recomputation) {
    }

    public Published publish(Caller caller, YearPublication publication, @Nullable String idempotencyKey) {
        requireAdmin(caller);
        String requestId = idempotencyKey == null ? null : requestId(caller.subject(), checked(idempotencyKey));
        Instant at = now();
        // Every fault at once, before anything is read or stored; the version is set below.
        CalendarYear checked = publication.toOfficialYear(1, caller.username(), at);
        String fingerprint = fingerprint(checked);
        if (requestId != null) {
            Optional<CalendarYears.Stored> earlier = years.byRequest(requestId);
            if (earlier.isPresent()) {
                return retried(earlier.get(), fingerprint);
            }
        }
        for (int attempt = 0; attempt < VERSION_RETRIES; attempt++) {
            int next = years.newest(publication.year()).map(y -> y.version() + 1).orElse(1);
            CalendarYear year = checked.asVersion(next, caller.username(), at);
            switch (years.insert(year, requestId, fingerprint)) {
                case STORED -> {
                    jobs.create(Recomputation.open(new CalendarStamp(year.year(), year.version()), at));
                    broadcast.announce();
                    broadcast.reload();
                    meters.counter("intake.calendar.published").increment();
                    return new Published(year, true);
                }
                case REQUEST_TAKEN -> {
                    return retried(years.byRequest(requestId).orElseThrow(), fingerprint);
                }
                case VERSION_TAKEN -> {
                    // Another administrator published the same year a moment ago: take the next version.
                }
            }
        }
        throw DomainViolation.conflict("CONCURRENT_PUBLICATION", "该年度日历正被同时发布，请稍后重试。",
                "The year is being published by someone else at this moment; try again shortly.");
    }

    /**
     * Stores a year shipped with the service (a seed file) as version 1 by {@value #SEED} when no
     * version of it is stored; true when this call stored it. Of two instances starting at once the
     * store's unique (year, version) index lets one win; the other carries on with what it stored.
     * A seed file with a fault stops the start rather than let the platform miscount.
     */
    public boolean seed(YearPublication publication) {
        CalendarYear year = publication.toOfficialYear(1, SEED, now());
        if (years.newest(year.year()).isPresent()) {
            return false;
        }
        if (years.insert(year, null, fingerprint(year)) != CalendarYears.Insert.STORED) {
            return false;
        }
        jobs.create(Recomputation.open(new CalendarStamp(year.year(), year.version()), year.publishedAt()));
        broadcast.announce();
        return true;
    }

    private static Published retried(CalendarYears.Stored earlier, String fingerprint) {
        if (!fingerprint.equals(earlier.fingerprint())) {
            throw DomainViolation.rule("IDEMPOTENCY_KEY_REUSED", "该 Idempotency-Key 已用于另一次发布，请为新的发布使用新的键。",
                    "This Idempotency-Key was used for a different publication; use a new key.", "Idempotency-Key");
        }
        return new Published(earlier.year(), false);
    }

    /** Every version of a year, oldest first, each with its recomputation (administrators only). */
    public List<Version> versions(Caller caller, int year) {
        requireAdmin(caller);
        Map<Integer, Recomputation> byVersion = jobs.ofYear(year).stream()
                .collect(Collectors.toMap(Recomputation::calendarVersion, Function.identity(), (a, b) -> a));
        return years.versions(year).stream().map(y -> new Version(y, byVersion.get(y.version()))).toList();
    }

    public Version version(Caller caller, int year, int version) {
        requireAdmin(caller);
        CalendarYear stored = years.version(year, version).orElseThrow(() -> notPublished(year));
        return new Version(stored, jobs.find(year, version).orElse(null));
    }

    /** The recomputation of the newest version of a year (administrators only). */
    public Version recomputation(Caller caller, int year) {
        requireAdmin(caller);
        CalendarYear newest = years.newest(year).orElseThrow(() -> notPublished(year));
        return new Version(newest, jobs.find(year, newest.version()).orElse(null));
    }

    /** The newest version of every published year: what every service's calendar is built from. */
    public List<CalendarYear> publishedYears() {
        return years.newestOfEach();
    }

    /** Whether the caller may see who published a year: administrators only. */
    public static boolean isAdmin(@Nullable Caller caller) {
        return caller != null && caller.hasRole("admin");
    }

    /** Refuses (403) anyone but an administrator. */
    public static void requireAdmin(Caller caller) {
        if (!isAdmin(caller)) {
            throw new PlatformException(HttpStatus.FORBIDDEN, "ADMIN_ROLE_REQUIRED",
                    Message.of("仅管理员可以发布和查看日历版本。", "Only an administrator may publish calendar years or see their versions."));
        }
    }

    /** Stored to the millisecond (as the store keeps it), so the answer to a publication equals what is read back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static DomainViolation notPublished(int year) {
        return DomainViolation.notFound("CALENDAR_YEAR_NOT_PUBLISHED", year + " 年尚无已发布的日历版本。",
                "No version of " + year + " has been published.");
    }

    private static String checked(String key) {
        if (!IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw DomainViolation.invalid("Idempotency-Key", "INVALID_IDEMPOTENCY_KEY",
                    "Idempotency-Key 须为 8 到 128 个字母、数字或 ._:- 字符。",
                    "An Idempotency-Key is 8 to 128 letters, digits or ._:- characters.");
        }
        return key;
    }

    private static String requestId(String subject, String key) {
        return sha256("calendar\n" + subject + "\n" + key);
    }

    /** What was published, independent of who, when and which version: a retry has the same. */
    static String fingerprint(CalendarYear y) {
        return sha256(y.year() + "\n" + y.notice() + "\n" + y.holidays() + "\n" + y.swappedWorkingDays());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
