package cn.gov.platform.identity.division.web;

import cn.gov.platform.identity.division.domain.Division;
import cn.gov.platform.kernel.identifiers.DivisionCode;
import cn.gov.platform.identity.division.domain.DivisionTree;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The division tree, public: anyone may look up where a code lies (no personal data here). */
@RestController
@RequestMapping("/api/identity/divisions")
class DivisionController {

    private static final Message NOT_FOUND = Message.of("未找到该行政区划。", "No division has that code.");

    private final DivisionTree tree;

    DivisionController(DivisionTree tree) {
        this.tree = tree;
    }

    @GetMapping("/{code}")
    DivisionView division(@PathVariable String code) {
        return DivisionView.of(known(code, "code"));
    }

    @GetMapping("/{code}/ancestors")
    List<DivisionView> ancestors(@PathVariable String code) {
        return tree.ancestors(known(code, "code").code()).stream().map(DivisionView::of).toList();
    }

    @GetMapping("/{code}/children")
    List<DivisionView> children(@PathVariable String code) {
        return tree.children(known(code, "code").code()).stream().map(DivisionView::of).toList();
    }

    /** Whether {@code code} is {@code outer} or lies beneath it. */
    @GetMapping("/{code}/within/{outer}")
    Within within(@PathVariable String code, @PathVariable String outer) {
        Division inner = known(code, "code");
        Division container = known(outer, "outer");
        return new Within(inner.code().value(), container.code().value(), tree.isWithin(inner.code(), container.code()));
    }

    private Division known(String raw, String field) {
        DivisionCode code = DivisionCode.parse(raw, field);
        return tree.find(code).orElseThrow(() -> new PlatformException(
                org.springframework.http.HttpStatus.NOT_FOUND, "DIVISION_NOT_FOUND", NOT_FOUND, field));
    }

    /** A division by code, named in Chinese ({@code name}) and English ({@code nameEn}, never null). */
    record DivisionView(String code, String name, String nameEn, String level, @Nullable String parent,
            boolean illustrative) {
        static DivisionView of(Division d) {
            return new DivisionView(d.code().value(), d.name(), d.nameEn(),
                    d.level().name().toLowerCase(java.util.Locale.ROOT),
                    d.parent() == null ? null : d.parent().value(), d.illustrative());
        }
    }

    record Within(String code, String outer, boolean within) {
    }
}
