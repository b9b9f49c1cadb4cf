package cn.gov.platform.intake.cases.infrastructure;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** The credit service's internal check and feedback API (docs/architecture.md, "Contracts between services"). */
@FeignClient(name = "credit", url = "${platform.intake.credit.uri}")
interface CreditClient {

    @PostMapping("/api/credit/internal/checks")
    CheckAnswer check(@RequestBody CheckRequest request);

    @PostMapping("/api/credit/internal/checks/{checkId}/feedback")
    void feedback(@PathVariable("checkId") String checkId, @RequestBody FeedbackRequest request);

    record CheckRequest(String subject, String itemCode, String caseId, String stage) {
    }

    record CheckAnswer(@Nullable String checkId, @Nullable String standing, @Nullable List<Incentive> incentives,
            @Nullable List<Restriction> restrictions, @Nullable List<Entry> entries) {
    }

    record Text(@Nullable String zh, @Nullable String en) {
    }

    record Incentive(String measureId, int measureVersion, String kind, @Nullable Text description) {
    }

    record Restriction(String measureId, int measureVersion, String kind, @Nullable String legalBasis,
            @Nullable Text description) {
    }

    record Entry(String entryId, String list, @Nullable String listType, @Nullable String issuingDepartment,
            @Nullable String legalBasis) {
    }

    record FeedbackRequest(String caseId, @Nullable String caseNumber, String action, List<String> measureIds,
            String note) {
    }
}
