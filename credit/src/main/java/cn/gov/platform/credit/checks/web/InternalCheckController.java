package cn.gov.platform.credit.checks.web;

import cn.gov.platform.credit.checks.application.CheckService;
import cn.gov.platform.credit.checks.domain.AppliedMeasure;
import cn.gov.platform.credit.checks.domain.Evaluation;
import cn.gov.platform.credit.checks.domain.FeedbackAction;
import cn.gov.platform.credit.checks.domain.Stage;
import cn.gov.platform.credit.lists.domain.ActiveEntry;
import cn.gov.platform.kernel.Message;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The check and feedback contract with intake (docs/architecture.md); service accounts only. */
@RestController
class InternalCheckController {

    private final CheckService checks;

    InternalCheckController(CheckService checks) {
        this.checks = checks;
    }

    record CheckRequest(
            @NotBlank(message = "请提供申请人标识 | subject is required") @Size(max = 100, message = "申请人标识过长 | subject is too long") String subject,
            @NotBlank(message = "请提供事项编码 | itemCode is required") @Pattern(regexp = "[A-Z]{1,8}-\\d{3}", message = "事项编码格式不正确 | itemCode must look like SCJG-002") String itemCode,
            @NotBlank(message = "请提供办件编号 | caseId is required") @Size(max = 100, message = "办件编号过长 | caseId is too long") String caseId,
            @NotNull(message = "请提供核查环节 ACCEPTANCE 或 DECISION | stage must be ACCEPTANCE or DECISION") Stage stage) {
    }

    record Measure(String measureId, int measureVersion, String kind, @Nullable String legalBasis, Message description) {
        static Measure of(AppliedMeasure m, boolean withBasis) {
            return new Measure(m.measureId(), m.measureVersion(), m.kind().name(), withBasis ? m.legalBasis() : null,
                    Message.of(m.descriptionZh(), m.descriptionEn()));
        }
    }

    record Entry(String entryId, String list, String listType, String issuingDepartment, String legalBasis) {
    }

    record CheckAnswer(String checkId, String standing, List<Measure> incentives, List<Measure> restrictions,
            List<Entry> entries, @Nullable String creditClass) {
    }

    @PostMapping("/api/credit/internal/checks")
    CheckAnswer check(@Valid @RequestBody CheckRequest request) {
        CheckService.Checked checked = checks.check(request.subject(), request.itemCode(), request.caseId(), request.stage());
        Evaluation e = checked.evaluation();
        return new CheckAnswer(checked.record().id(), e.standing().name(),
                e.incentives().stream().map(m -> Measure.of(m, false)).toList(),
                e.restrictions().stream().map(m -> Measure.of(m, true)).toList(),
                e.entries().stream().map(InternalCheckController::entry).toList(),
                e.creditClass() == null ? null : e.creditClass().name());
    }

    private static Entry entry(ActiveEntry a) {
        return new Entry(a.entryId(), a.list().name(), a.listType(), a.issuingDepartment(), a.legalBasis());
    }

    record FeedbackRequest(
            @NotBlank(message = "请提供办件编号 | caseId is required") String caseId,
            @Nullable @Size(max = 60, message = "办件号过长 | caseNumber is too long") String caseNumber,
            @NotNull(message = "请提供所采取的行动 | action is required") FeedbackAction action,
            @Nullable @Size(max = 20, message = "措施过多 | too many measureIds") List<String> measureIds,
            @Nullable @Size(max = 1000, message = "说明不超过 1000 字 | note is at most 1000 characters") String note) {
    }

    record FeedbackAnswer(String feedbackId, String checkId, String action, List<String> measureIds) {
    }

    @PostMapping("/api/credit/internal/checks/{checkId}/feedback")
    ResponseEntity<FeedbackAnswer> feedback(@PathVariable String checkId, @Valid @RequestBody FeedbackRequest request) {
        CheckService.FeedbackResult result = checks.feedback(checkId, request.caseId(), request.caseNumber(),
                request.action(), request.measureIds() == null ? List.of() : request.measureIds(), request.note());
        var f = result.feedback();
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new FeedbackAnswer(f.id(), f.checkId(), f.action().name(), f.measureIds()));
    }
}
