package cn.gov.platform.notifications.templates.web;

import cn.gov.platform.notifications.templates.application.TemplateService;
import cn.gov.platform.notifications.templates.domain.Template;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Template administration: list every version, add a draft wording, approve a version. Admin only. */
@RestController
@RequestMapping("/api/notifications/templates")
@PreAuthorize("hasRole('admin')")
class TemplateController {

    private final TemplateService templates;

    TemplateController(TemplateService templates) {
        this.templates = templates;
    }

    record TemplateView(String code, int version, String channel, String text, Set<String> variables, boolean urgent,
            String status, @Nullable String approvedBy, @Nullable Instant approvedAt) {
        static TemplateView of(Template t) {
            return new TemplateView(t.code(), t.version(), t.channel().name(), t.text().value(), t.text().variables(),
                    t.urgent(), t.status().name(), t.approvedBy(), t.approvedAt());
        }
    }

    record DraftRequest(
            @NotBlank(message = "请填写模板正文 | give the template text")
            @Size(max = 300, message = "模板正文不能超过 300 个字符 | the text must not exceed 300 characters") String text,
            @Nullable Boolean urgent) {
    }

    @GetMapping
    List<TemplateView> all() {
        return templates.all().stream().map(TemplateView::of).toList();
    }

    /** 201 for a new version; 200 with the existing version when this exact wording already exists. */
    @PostMapping("/{code}/versions")
    @ApiResponse(responseCode = "201", description = "A new version drafted")
    @ApiResponse(responseCode = "200", description = "This exact wording exists already: that version")
    ResponseEntity<TemplateView> draft(@PathVariable String code, @Valid @RequestBody DraftRequest request) {
        TemplateService.Drafted d = templates.draft(code, request.text(), Boolean.TRUE.equals(request.urgent()));
        return ResponseEntity.status(d.created() ? HttpStatus.CREATED : HttpStatus.OK).body(TemplateView.of(d.template()));
    }

    @PostMapping("/{code}/versions/{version}/approval")
    TemplateView approve(@PathVariable String code, @PathVariable int version, @AuthenticationPrincipal Jwt jwt) {
        return TemplateView.of(templates.approve(code, version, jwt.getSubject()));
    }
}
