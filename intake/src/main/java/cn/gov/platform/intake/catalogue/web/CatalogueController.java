package cn.gov.platform.intake.catalogue.web;

import cn.gov.platform.intake.catalogue.application.CatalogueService;
import cn.gov.platform.intake.catalogue.application.ItemDraft;
import cn.gov.platform.intake.catalogue.application.ItemQuery;
import cn.gov.platform.intake.catalogue.application.Routing;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service catalogue: reading is public (no login, CAT-1: the guide is published), changing
 * is for administrators and always makes a new version.
 */
@RestController
@Validated
@RequestMapping("/api/intake/catalogue")
class CatalogueController {

    private final CatalogueService catalogue;

    CatalogueController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    record ItemList(List<ItemView.Summary> items, int count) {
    }

    /** Search by keyword (Chinese or English, names, keywords, life events, departments; any case), department, handling division and life event; all optional. */
    @GetMapping("/items")
    ItemList search(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String department,
            @RequestParam(required = false) @Nullable @Pattern(regexp = "\\d{12}",
                    message = "行政区划代码须为 12 位数字 | a division code has 12 digits") String division,
            @RequestParam(required = false) @Nullable String lifeEvent) {
        List<ItemView.Summary> items = catalogue.search(new ItemQuery(q, department, division, lifeEvent)).stream()
                .map(ItemView.Summary::of).toList();
        return new ItemList(items, items.size());
    }

    @GetMapping("/items/{code}")
    ItemView guide(@PathVariable String code) {
        return ItemView.of(catalogue.guide(code));
    }

    @GetMapping("/items/{code}/versions/{version}")
    ItemView version(@PathVariable String code, @PathVariable int version) {
        return ItemView.of(catalogue.version(code, version));
    }

    record RoutingView(String itemCode, String itemName, boolean handledHere, List<ItemView.PlaceView> handledAt) {
    }

    /** First-contact routing (INT-7): does this division/department handle the item, and if not, who does. */
    @GetMapping("/items/{code}/routing")
    RoutingView routing(@PathVariable String code,
            @RequestParam @Pattern(regexp = "\\d{12}",
                    message = "行政区划代码须为 12 位数字 | a division code has 12 digits") String division,
            @RequestParam(required = false) @Nullable String department) {
        Routing routing = catalogue.routing(code, division, department);
        return new RoutingView(routing.itemCode(), routing.itemName(), routing.handledHere(),
                routing.handledAt().stream().map(ItemView.PlaceView::of).toList());
    }

    record FeeList(List<ItemView.FeeView> fees) {
    }

    @GetMapping("/fees")
    FeeList fees() {
        return new FeeList(catalogue.fees().all().stream().map(ItemView.FeeView::of).toList());
    }

    @PostMapping("/items")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('admin')")
    ItemView create(@Valid @RequestBody ItemDraft draft) {
        return ItemView.of(catalogue.create(draft));
    }

    @PutMapping("/items/{code}")
    @PreAuthorize("hasRole('admin')")
    ItemView change(@PathVariable String code, @Valid @RequestBody ItemDraft draft) {
        return ItemView.of(catalogue.change(code, draft));
    }
}
