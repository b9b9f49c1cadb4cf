package cn.gov.platform.credit.imports.web;

import cn.gov.platform.credit.common.web.Actors;
import cn.gov.platform.credit.imports.application.ImportService;
import cn.gov.platform.credit.imports.domain.ImportJob;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk import: POST the file as the body ({@code text/csv} with a header row, or
 * {@code application/x-ndjson}), get 202 and the job; GET the job for progress and the
 * validation report. Department staff (reviewer/approver) import their own department's rows;
 * admins any.
 */
@RestController
class ImportController {

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping("/api/credit/imports")
    @ApiResponse(responseCode = "202", description = "The import started; follow it at the Location")
    ResponseEntity<ImportJob> start(@AuthenticationPrincipal Jwt jwt,
            @RequestParam(defaultValue = "ENTRIES") String kind, HttpServletRequest request) throws IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        String format = type.startsWith("text/csv") ? "CSV"
                : type.startsWith("application/x-ndjson") || type.startsWith("application/jsonl") ? "JSONL" : type;
        ImportJob job = imports.start(Actors.of(jwt), kind.toUpperCase(Locale.ROOT), format, request.getInputStream());
        return ResponseEntity.accepted().location(URI.create("/api/credit/imports/" + job.id())).body(job);
    }

    @GetMapping("/api/credit/imports/{id}")
    ImportJob progress(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return imports.progress(Actors.of(jwt), id);
    }
}
