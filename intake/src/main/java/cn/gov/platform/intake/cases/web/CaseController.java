package cn.gov.platform.intake.cases.web;

import cn.gov.platform.intake.cases.application.EnterpriseActing;
import cn.gov.platform.support.acting.EnterpriseMember;
import cn.gov.platform.intake.cases.application.CaseLookup;
import cn.gov.platform.intake.cases.application.CaseStore;
import cn.gov.platform.intake.cases.application.DecisionService;
import cn.gov.platform.intake.cases.application.FileRequest;
import cn.gov.platform.intake.cases.application.FilingService;
import cn.gov.platform.intake.cases.application.WindowService;
import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.CaseNumber;
import cn.gov.platform.intake.cases.domain.CaseState;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.calendar.DeadlineClock;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import cn.gov.platform.support.web.Caller;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The case API, each path handed to the use cases of its actor: filing (applicants and agents), the
 * window (the handler), the decision chain (reviewers, approvers, joint departments) and reading. Who
 * may call what is decided per case in the application layer (object-level): applicants and their
 * agents act on their own cases, staff on cases of their department and division; anyone else is told
 * the case does not exist.
 */
@RestController
class CaseController {

    private final FilingService filing;
    private final WindowService window;
    private final DecisionService decisions;
    private final CaseLookup cases;
    private final DeadlineClock deadlines;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    CaseController(FilingService filing, WindowService window, DecisionService decisions, CaseLookup cases,
            DeadlineClock deadlines, WorkingDayCalendar calendar, Clock clock) {
        this.filing = filing;
        this.window = window;
        this.decisions = decisions;
        this.cases = cases;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.clock = clock;
    }

    record CaseList(List<CaseView.Summary> items, int count) {
    }

    /**
     * The caller's own cases, as applicant or as the agent who filed them, newest first; acting for an
     * enterprise ({@code X-Acting-For}), the enterprise's cases instead.
     */
    @GetMapping("/api/intake/cases")
    CaseList mine(@AuthenticationPrincipal Jwt jwt, @RequestAttribute(name = EnterpriseActing.ATTRIBUTE, required = false) @Nullable EnterpriseMember acting) {
        List<CaseView.Summary> items = cases.mine(Caller.from(jwt), acting).stream().map(s -> CaseView.Summary.of(s, calendar)).toList();
        return new CaseList(items, items.size());
    }

    /**
     * Files a case: submitted at once (materials by e-certificate reference) or kept as a draft for
     * uploads. 201 for a new case; 200 with the same case when a retry repeats the Idempotency-Key.
     */
    @PostMapping("/api/intake/cases")
    @ApiResponse(responseCode = "201", description = "The case filed (a draft when draft is true)")
    @ApiResponse(responseCode = "200", description = "A retry with the same Idempotency-Key: the case it filed")
    ResponseEntity<CaseView> file(@AuthenticationPrincipal Jwt jwt, @RequestAttribute(name = EnterpriseActing.ATTRIBUTE, required = false) @Nullable EnterpriseMember acting,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            @Valid @RequestBody CaseRequests.FileBody body) {
        List<FileRequest.CertificateMaterial> certificates = body.certificates() == null ? List.of()
                : body.certificates().stream().map(c -> new FileRequest.CertificateMaterial(c.materialCode(),
                        c.certificateNumber())).toList();
        FileRequest request = new FileRequest(body.itemCode(), body.division(), body.department(),
                body.principalSubject(), certificates, !Boolean.TRUE.equals(body.draft()));
        FilingService.Filed filed = filing.file(Caller.from(jwt), acting, request, idempotencyKey);
        CaseView view = view(filed.filed());
        return filed.created()
                ? ResponseEntity.created(URI.create("/api/intake/cases/" + view.id())).body(view)
                : ResponseEntity.ok(view);
    }

    @GetMapping("/api/intake/cases/{id}")
    CaseView one(@AuthenticationPrincipal Jwt jwt, @RequestAttribute(name = EnterpriseActing.ATTRIBUTE, required = false) @Nullable EnterpriseMember acting, @PathVariable String id) {
        return view(cases.view(Caller.from(jwt), acting, id));
    }

    /** Uploads the file of one material (PDF, JPEG or PNG, checked by content). */
    @PutMapping(path = "/api/intake/cases/{id}/materials/{code}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    CaseView upload(@AuthenticationPrincipal Jwt jwt, @RequestAttribute(name = EnterpriseActing.ATTRIBUTE, required = false) @Nullable EnterpriseMember acting, @PathVariable String id, @PathVariable String code,
            @RequestPart("file") MultipartFile file) {
        if (file.isEmpty()) {
            throw DomainViolation.invalid("file", "FILE_EMPTY", "文件为空。", "The file is empty.");
        }
        try {
            String name = file.getOriginalFilename() == null ? code : file.getOriginalFilename();
            return view(filing.attachFile(Caller.from(jwt), acting, id, code, name, file.getBytes(), file.getContentType()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Satisfies a material by naming an e-certificate instead of uploading a copy (CAT-3). */
    @PutMapping("/api/intake/cases/{id}/materials/{code}/certificate")
    CaseView certificate(@AuthenticationPrincipal Jwt jwt, @RequestAttribute(name = EnterpriseActing.ATTRIBUTE, required = false) @Nullable EnterpriseMember acting, @PathVariable String id, @PathVariable String code,
            @Valid @RequestBody CaseRequests.CertificateNumberBody body) {
        return view(filing.attachCertificate(Caller.from(jwt), acting, id, code, body.certificateNumber()));
    }

    @PostMapping("/api/intake/cases/{id}/submit")
    CaseView submit(@AuthenticationPrincipal Jwt jwt, @RequestAttribute(name = EnterpriseActing.ATTRIBUTE, required = false) @Nullable EnterpriseMember acting, @PathVariable String id) {
        return view(filing.submit(Caller.from(jwt), acting, id));
    }

    @PostMapping("/api/intake/cases/{id}/resubmit")
    CaseView resubmit(@AuthenticationPrincipal Jwt jwt, @RequestAttribute(name = EnterpriseActing.ATTRIBUTE, required = false) @Nullable EnterpriseMember acting, @PathVariable String id) {
        return view(filing.resubmit(Caller.from(jwt), acting, id));
    }

    @PostMapping("/api/intake/cases/{id}/withdraw")
    CaseView withdraw(@AuthenticationPrincipal Jwt jwt, @RequestAttribute(name = EnterpriseActing.ATTRIBUTE, required = false) @Nullable EnterpriseMember acting, @PathVariable String id,
            @Valid @RequestBody CaseRequests.ReasonBody body) {
        return view(filing.withdraw(Caller.from(jwt), acting, id, body.reason()));
    }

    @PostMapping("/api/intake/cases/{id}/accept")
    CaseView accept(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @Valid @RequestBody CaseRequests.AcceptBody body) {
        return view(window.accept(Caller.from(jwt), id, body.toleratedMaterials()));
    }

    @PostMapping("/api/intake/cases/{id}/refuse")
    CaseView refuse(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @Valid @RequestBody CaseRequests.RefuseBody body) {
        return view(window.refuse(Caller.from(jwt), id, body.reason(), body.legalBasis(), body.defectList()));
    }

    @PostMapping("/api/intake/cases/{id}/supplement-request")
    CaseView requestSupplement(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @Valid @RequestBody CaseRequests.SupplementBody body) {
        return view(window.requestSupplement(Caller.from(jwt), id, body.defectList(), body.note()));
    }

    /** The next step of the item's decision chain: handler, reviewer or approver, whichever the case awaits. */
    @PostMapping("/api/intake/cases/{id}/opinions")
    CaseView opinion(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @Valid @RequestBody CaseRequests.OpinionBody body) {
        return view(decisions.opinion(Caller.from(jwt), id, body.verdict(), body.reasons(), body.legalBasis()));
    }

    /** Immediate items: accepted and decided in one step at the window. */
    @PostMapping("/api/intake/cases/{id}/decide-at-window")
    CaseView decideAtWindow(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @Valid @RequestBody CaseRequests.OpinionBody body) {
        return view(window.decideAtWindow(Caller.from(jwt), id, body.verdict(), body.reasons(), body.legalBasis()));
    }

    @PostMapping("/api/intake/cases/{id}/close")
    CaseView close(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return view(window.close(Caller.from(jwt), id));
    }

    /**
     * A joint department's decision on its own task (并联审批), by that department's approver. The
     * last decision decides the case: approved when all approve (or are deemed to), rejected with
     * every rejecting department's reasons otherwise.
     */
    @PostMapping("/api/intake/cases/{id}/task-decision")
    CaseView decideTask(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @Valid @RequestBody CaseRequests.OpinionBody body) {
        return view(decisions.decideTask(Caller.from(jwt), id, body.verdict(), body.reasons(), body.legalBasis()));
    }

    /** 上报件: the case goes to a department of the next higher division, which then takes its steps. */
    @PostMapping("/api/intake/cases/{id}/report-upward")
    CaseView reportUpward(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @Valid @RequestBody CaseRequests.ReportUpwardBody body) {
        return view(decisions.reportUpward(Caller.from(jwt), id, body.department(), body.reason()));
    }

    /**
     * First-contact handover (首问负责, INT-7): the clerk who received a case not yet accepted hands it to
     * another place that implements the item, with a note; that department then has it in its queue and
     * the applicant is told where it went and how to reach it. A retry with the same Idempotency-Key
     * answers 200 with the case and changes nothing.
     */
    @PostMapping("/api/intake/cases/{id}/handover")
    CaseView handOver(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            @Valid @RequestBody CaseRequests.HandOverBody body) {
        return view(window.handOver(Caller.from(jwt), id, body.division(), body.department(), body.note(),
                idempotencyKey));
    }

    /** Green channel (绿色通道) for a major project, with the officer responsible until it is done. */
    @PostMapping("/api/intake/cases/{id}/green-channel")
    CaseView greenChannel(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @Valid @RequestBody CaseRequests.GreenChannelBody body) {
        return view(decisions.greenChannel(Caller.from(jwt), id, body.responsibleOfficer(), body.reason()));
    }

    /** How the result reaches the applicant: electronically, at the window, or by courier with the tracking number. */
    @PutMapping("/api/intake/cases/{id}/delivery")
    CaseView delivery(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @Valid @RequestBody CaseRequests.DeliveryBody body) {
        return view(window.recordDelivery(Caller.from(jwt), id, body.method(), body.address(), body.courier(),
                body.trackingNumber()));
    }

    /** One page of a staff queue: {@code total} cases in the whole queue, {@code count} on this page. */
    record QueuePage(List<CaseView.Summary> items, int count, long total, int page, int size) {
    }

    /**
     * Staff's queue: cases of their department at their division, optionally in one state, a page at a
     * time ({@code page} from 1, {@code size} up to 200); with {@code number}, the queue's case with that
     * acceptance number (none when it is not theirs).
     */
    @GetMapping("/api/intake/workbench/cases")
    QueuePage workbench(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) @Nullable CaseState state,
            @RequestParam(required = false) @Nullable String number, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "" + CaseLookup.QUEUE_PAGE_MAX) int size) {
        CaseNumber wanted = number == null || number.isBlank() ? null : new CaseNumber(number.trim());
        CaseStore.QueuePage found = cases.workbench(Caller.from(jwt), state, wanted, page, size);
        List<CaseView.Summary> items = found.items().stream().map(s -> CaseView.Summary.of(s, calendar)).toList();
        return new QueuePage(items, items.size(), found.total(), page, size);
    }

    private CaseView view(Case c) {
        return CaseView.of(c.snapshot(), deadlines, calendar, ChinaTime.today(clock));
    }
}
