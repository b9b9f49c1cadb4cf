package cn.gov.platform.certificates.imports.web;

import cn.gov.platform.certificates.staff.application.ConfirmedRoles;
import cn.gov.platform.certificates.imports.application.ImportCertificates;
import cn.gov.platform.certificates.imports.domain.ImportJob;
import cn.gov.platform.support.web.Caller;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff upload a legacy CSV (text/csv) and follow the import; it runs in the background. */
@RestController
class ImportController {

    private final ImportCertificates imports;
    private final ConfirmedRoles roles;

    ImportController(ImportCertificates imports, ConfirmedRoles roles) {
        this.imports = imports;
        this.roles = roles;
    }

    @PostMapping(value = "/api/certificates/imports", consumes = {"text/csv", "text/plain"})
    @ApiResponse(responseCode = "202", description = "The import started; follow it at the Location")
    ResponseEntity<Progress> start(@RequestBody String csv, @AuthenticationPrincipal Jwt jwt) {
        ImportJob job = imports.start(csv, staff(jwt));
        return ResponseEntity.accepted().location(URI.create("/api/certificates/imports/" + job.id()))
                .body(Progress.of(job));
    }

    @GetMapping("/api/certificates/imports/{id}")
    Progress progress(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
        return Progress.of(imports.progress(id, staff(jwt)));
    }

    private ImportCertificates.Staff staff(Jwt jwt) {
        Caller caller = Caller.from(jwt);
        return new ImportCertificates.Staff(caller.subject(),
                roles.of(caller.subject(), caller.roles(), caller.department(), caller.division()), caller.department(),
                caller.division());
    }

    /**
     * The report: {@code totalRows} read, {@code processedRows} so far, {@code imported} stored of which
     * {@code issued} to a holder's account and {@code waitingForHolder} for a holder without one yet,
     * {@code failed} refused, each in {@code errors} with its line, field, code and zh | en reason.
     */
    record Progress(String id, String state, int totalRows, int processedRows, int imported, int issued,
            int waitingForHolder, int failed, List<ImportJob.RowError> errors) {

        static Progress of(ImportJob job) {
            return new Progress(job.id(), job.finished() ? "finished" : "running", job.totalRows(), job.nextRow(),
                    job.imported(), job.issued(), job.waiting(), job.failed(), job.errors());
        }
    }
}
