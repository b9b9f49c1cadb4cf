package cn.gov.platform.intake.supervision.web;

import cn.gov.platform.intake.supervision.application.SupervisionService;
import cn.gov.platform.intake.supervision.domain.Figures;
import cn.gov.platform.intake.supervision.domain.ItemKind;
import cn.gov.platform.intake.supervision.domain.Light;
import cn.gov.platform.intake.supervision.domain.OpenItem;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import cn.gov.platform.support.web.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supervisor's dashboard API (电子监察): figures per department, level and month, and lists of
 * open items with their lights, all limited to the supervisor's division subtree.
 */
@RestController
@Validated
class SupervisionController {

    private final SupervisionService supervision;
    private final WorkingDayCalendar calendar;

    SupervisionController(SupervisionService supervision, WorkingDayCalendar calendar) {
        this.supervision = supervision;
        this.calendar = calendar;
    }

    /** Figures for months {@code from}..{@code to} (default: this year up to this month), lights as of today. */
    @GetMapping("/api/intake/supervision/figures")
    Figures figures(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) @Nullable YearMonth from,
            @RequestParam(required = false) @Nullable YearMonth to,
            @RequestParam(required = false) @Nullable String department) {
        return supervision.figures(Caller.from(jwt), from, to, department);
    }

    /** An open item with its light; {@code provisional}: its due date rests on a year not yet published. */
    record ItemView(String id, ItemKind kind, Light light, @Nullable String caseId, @Nullable String caseNumber,
            @Nullable String itemCode, @Nullable String itemName, String division, String department,
            String departmentName, LocalDate openedOn, LocalDate dueOn, boolean provisional, boolean greenChannel,
            @Nullable String step) {

        static ItemView of(SupervisionService.LitItem lit, WorkingDayCalendar calendar) {
            OpenItem i = lit.item();
            return new ItemView(i.id(), i.kind(), lit.light(), i.caseId(), i.caseNumber(), i.itemCode(), i.itemName(),
                    i.division(), i.department(), i.departmentName(), i.openedOn(), i.dueOn(),
                    calendar.isProvisional(i.openedOn(), i.dueOn()), i.greenChannel(), i.step());
        }
    }

    record ItemList(List<ItemView> items, int count) {
    }

    /** Open items, earliest due first; {@code light=RED} is the overdue list. */
    @GetMapping("/api/intake/supervision/items")
    ItemList items(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) @Nullable Light light,
            @RequestParam(required = false) @Nullable ItemKind kind,
            @RequestParam(required = false) @Nullable String department,
            @RequestParam(defaultValue = "100") @Min(value = 1, message = "至少 1 条 | At least 1")
            @Max(value = 500, message = "至多 500 条 | At most 500") int limit) {
        List<ItemView> items = supervision.items(Caller.from(jwt), light, kind, department, limit).stream()
                .map(i -> ItemView.of(i, calendar)).toList();
        return new ItemList(items, items.size());
    }

    /** Recomputes the read model from every case, rating and complaint (admin only). */
    @PostMapping("/api/intake/supervision/rebuild")
    Map<String, Long> rebuild(@AuthenticationPrincipal Jwt jwt) {
        return Map.of("sources", supervision.rebuild(Caller.from(jwt)));
    }
}
