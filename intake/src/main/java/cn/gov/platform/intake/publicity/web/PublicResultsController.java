package cn.gov.platform.intake.publicity.web;

import cn.gov.platform.intake.publicity.application.PublicityService;
import cn.gov.platform.intake.publicity.domain.PublishedResult;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public list of approved permits (审批结果网上公示): no login, names of persons masked. */
@RestController
@Validated
class PublicResultsController {

    private final PublicityService publicity;

    PublicResultsController(PublicityService publicity) {
        this.publicity = publicity;
    }

    record ResultView(String caseNumber, String itemCode, String itemName, String department, String departmentName,
            String division, LocalDate decidedOn, String applicant) {

        static ResultView of(PublishedResult r) {
            return new ResultView(r.caseNumber(), r.itemCode(), r.itemName(), r.department(), r.departmentName(),
                    r.division(), r.decidedOn(), r.applicantName());
        }
    }

    record ResultList(List<ResultView> items, int count) {
    }

    @GetMapping("/api/intake/public/results")
    ResultList results(@RequestParam(required = false) @Nullable String item,
            @RequestParam(required = false) @Nullable String department,
            @RequestParam(required = false) @Pattern(regexp = "\\d{12}", message = "行政区划代码须为 12 位数字 | A division code has 12 digits") @Nullable String division,
            @RequestParam(defaultValue = "50") @Min(value = 1, message = "至少 1 条 | At least 1") @Max(value = 200, message = "至多 200 条 | At most 200") int limit) {
        List<ResultView> items = publicity.latest(item, department, division, limit).stream().map(ResultView::of)
                .toList();
        return new ResultList(items, items.size());
    }
}
