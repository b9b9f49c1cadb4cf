package cn.gov.platform.intake;

import cn.gov.platform.kernel.calendar.CalendarYear;
import cn.gov.platform.kernel.calendar.Holiday;
import cn.gov.platform.kernel.calendar.HolidayPeriod;
import cn.gov.platform.kernel.calendar.Notice;
import cn.gov.platform.kernel.calendar.StatutoryHolidays;
import cn.gov.platform.kernel.calendar.YearPublication;
import cn.gov.platform.kernel.calendar.DeadlineClock;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import cn.gov.platform.kernel.identifiers.DivisionCode;
import cn.gov.platform.intake.cases.domain.DepartmentDirectory;
import cn.gov.platform.intake.catalogue.application.ItemQuery;
import cn.gov.platform.intake.catalogue.application.ServiceItems;
import cn.gov.platform.intake.catalogue.domain.DepartmentName;
import cn.gov.platform.intake.catalogue.domain.Fee;
import cn.gov.platform.intake.catalogue.domain.Implementation;
import cn.gov.platform.intake.catalogue.domain.ItemClass;
import cn.gov.platform.intake.catalogue.domain.ItemCode;
import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.intake.catalogue.domain.TimeLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.TreeSet;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/** The module's test fixtures in one place: the real 2026 calendar file and a few catalogue items. */
public final class Fixtures {

    public static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    public static final DivisionCode COUNTY = DivisionCode.of("640324000000");
    public static final DivisionCode YUHAI = DivisionCode.of("640324100000");
    public static final Implementation MARKET_REGULATION = new Implementation(COUNTY, "同心县",
            "county-market-regulation", "同心县市场监督管理局", "同心县政务服务中心一楼", "0953-8021301", false);
    public static final Implementation YUHAI_CENTER = new Implementation(YUHAI, "豫海镇", "yuhai-town-service-center",
            "豫海镇便民服务中心", "豫海镇便民服务中心一楼", "0953-8010000", true);
    /** The county department township cases of civil affairs are reported to, as the catalogue names it. */
    public static final DepartmentName CIVIL_AFFAIRS = new DepartmentName("county-civil-affairs", "同心县民政局",
            "Tongxin County Civil Affairs Bureau");
    /** Departments as the catalogue names them: county civil affairs and market regulation, no other. */
    public static final DepartmentDirectory CATALOGUE_DEPARTMENTS = code -> switch (code) {
        case "county-civil-affairs" -> Optional.of(CIVIL_AFFAIRS);
        case "county-market-regulation" -> Optional.of(new DepartmentName(code, "同心县市场监督管理局",
                "Tongxin County Administration for Market Regulation"));
        default -> Optional.empty();
    };

    private Fixtures() {
    }

    /** A catalogue holding {@code current} as the current versions (read only: adding refuses). */
    public static ServiceItems catalogueOf(List<ServiceItem> current) {
        return new ServiceItems() {
            @Override
            public Optional<ServiceItem> current(ItemCode code) {
                return current.stream().filter(i -> i.code().equals(code)).findFirst();
            }

            @Override
            public Optional<ServiceItem> version(ItemCode code, int version) {
                return current(code).filter(i -> i.version() == version);
            }

            @Override
            public List<ServiceItem> search(ItemQuery query) {
                return current;
            }

            @Override
            public boolean add(ServiceItem item) {
                return false;
            }
        };
    }

    /** The calendar exactly as the service loads it, from the data file. */
    public static WorkingDayCalendar calendar2026() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/calendar/2026.json")) {
            return new WorkingDayCalendar(List.of(JSON.readValue(in, YearPublication.class).toOfficialYear(1, "seed", java.time.Instant.EPOCH)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DeadlineClock clock2026() {
        return new DeadlineClock(calendar2026());
    }

    /** The official 2026 as the service seeds it. */
    public static CalendarYear official2026() {
        return calendar2026().year(2026);
    }

    /**
     * A made-up official 2027 for recomputation tests: the statutory (provisional) 2027 with its New
     * Year period replaced by {@code newYearFrom}..{@code newYearTo} and the given swapped days.
     * Provisional 2027 has New Year Fri Jan 1 to Sun Jan 3.
     */
    public static CalendarYear official2027(int version, LocalDate newYearFrom, LocalDate newYearTo,
            LocalDate... swapped) {
        List<HolidayPeriod> periods = new ArrayList<>(StatutoryHolidays.provisional(2027).holidays());
        periods.set(0, new HolidayPeriod(Holiday.NEW_YEAR, newYearFrom, newYearTo));
        return CalendarYear.official(2027, version, new Notice("测试通知（示意）", LocalDate.of(2026, 11, 4), null), periods,
                new TreeSet<>(List.of(swapped)), "admin", Instant.parse("2026-12-06T01:00:00Z"));
    }

    /** 2026 official and 2027 as given: what the service counts on once 2027 is published. */
    public static WorkingDayCalendar calendarWith(CalendarYear... years) {
        List<CalendarYear> all = new ArrayList<>(List.of(official2026()));
        all.addAll(List.of(years));
        return new WorkingDayCalendar(all);
    }

    public static Fee free() {
        return new Fee("FEE-NONE", "不收费", BigDecimal.ZERO, "《行政许可法》第五十八条");
    }

    /** A promised item, 20 statutory / 10 promised working days, handler-reviewer-approver. */
    public static ServiceItem foodPermit() {
        return item("SCJG-002", ItemClass.PROMISED, TimeLimits.of(20, 10),
                List.of(StaffRole.HANDLER, StaffRole.REVIEWER, StaffRole.APPROVER));
    }

    /**
     * The food permit whose premises proof is another department's record (CAT-3): the real-estate
     * register at natural resources, fetched through the data exchange.
     */
    public static ServiceItem foodPermitWithPremisesRecord() {
        return foodPermit().toBuilder()
                .materials(List.of(
                        new RequiredMaterial("business-licence", "营业执照", true, "business-licence", null, null),
                        new RequiredMaterial("premises-proof", "经营场所使用证明", true, null, "不动产登记信息", null,
                                "real-estate-registration", "county-natural-resources", "同心县自然资源局"),
                        new RequiredMaterial("safety-rules", "食品安全管理制度文本", false, null, null, null)))
                .build();
    }

    /** An immediate item decided by the handler alone. */
    public static ServiceItem immediateItem() {
        return item("SCJG-005", ItemClass.IMMEDIATE, TimeLimits.of(5, 0), List.of(StaffRole.HANDLER));
    }

    public static ServiceItem item(String code, ItemClass itemClass, TimeLimits limits, List<StaffRole> chain) {
        return item(code, itemClass, limits, chain, List.of(MARKET_REGULATION));
    }

    /** The food permit as implemented at {@code places}: county market regulation and Yuhai's centre, say (INT-7). */
    public static ServiceItem foodPermitAt(Implementation... places) {
        return item("SCJG-002", ItemClass.PROMISED, TimeLimits.of(20, 10),
                List.of(StaffRole.HANDLER, StaffRole.REVIEWER, StaffRole.APPROVER), List.of(places));
    }

    private static ServiceItem item(String code, ItemClass itemClass, TimeLimits limits, List<StaffRole> chain,
            List<Implementation> places) {
        return ServiceItem.builder(ItemCode.of(code), "食品经营许可", itemClass)
                .lifeEvents(List.of("开办企业"))
                .keywords(List.of("食品"))
                .legalBasis(List.of("《中华人民共和国食品安全法》第三十五条"))
                .conditions(List.of("有场所"))
                .materials(List.of(
                        new RequiredMaterial("business-licence", "营业执照", true, "business-licence", null, null),
                        new RequiredMaterial("premises-layout", "经营场所平面布局图", true, null, null, null),
                        new RequiredMaterial("safety-rules", "食品安全管理制度文本", false, null, null, null)))
                .procedure(List.of("受理", "审查", "决定"))
                .limits(limits)
                .result("食品经营许可证")
                .resultCertificateType("food-operation-permit")
                .fees(List.of(free()))
                .implementations(places)
                .decisionChain(chain)
                .supervision("12345")
                .build();
    }
}
