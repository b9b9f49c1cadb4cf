package cn.gov.platform.intake.cases.web;

import cn.gov.platform.intake.cases.application.CaseDocuments;
import cn.gov.platform.intake.cases.domain.IssuedDocument;
import cn.gov.platform.support.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's documents as PDFs (issue 17, point 3) for whoever may see the case, and their public
 * verification by number and SHA-256.
 */
@RestController
class DocumentController {

    private final CaseDocuments documents;

    DocumentController(CaseDocuments documents) {
        this.documents = documents;
    }

    /**
     * {@code kind}: {@code receipt}, {@code not-accepted}, {@code supplement}, {@code decision}. The PDF inline,
     * with {@code X-Document-Number} and {@code X-Checksum-SHA256}; 404 {@code DOCUMENT_NOT_AVAILABLE} when the
     * case has no such document (yet), 404 {@code CASE_NOT_FOUND} for anyone who may not see the case.
     */
    @GetMapping("/api/intake/cases/{id}/documents/{kind}")
    @Operation(summary = "A document of the case as a PDF (receipt, not-accepted notice, one-time notice, decision notice)")
    @ApiResponse(responseCode = "200", description = "The PDF, the same file every time",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
            headers = {@Header(name = "X-Document-Number", description = "The document's number",
                    schema = @Schema(type = "string")),
                    @Header(name = "X-Checksum-SHA256", description = "The SHA-256 of the file, as verification takes it",
                    schema = @Schema(type = "string", pattern = "^[0-9a-f]{64}$"))})
    ResponseEntity<Resource> document(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @Parameter(schema = @Schema(allowableValues = {"receipt", "not-accepted", "supplement", "decision"}))
            @PathVariable String kind) {
        CaseDocuments.Issued issued = documents.document(Caller.from(jwt), id, kind);
        IssuedDocument d = issued.document();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PDF);
        headers.setContentLength(d.size());
        headers.setContentDisposition(ContentDisposition.inline().filename(d.number() + ".pdf", StandardCharsets.UTF_8)
                .build());
        headers.set("X-Document-Number", d.number());
        headers.set("X-Checksum-SHA256", d.sha256());
        headers.setCacheControl("private, no-store");
        return ResponseEntity.ok().headers(headers).body(new InputStreamResource(issued.content()));
    }

    /**
     * Public: whether the document with this number has this SHA-256 ({@code genuine}); 404
     * {@code DOCUMENT_NOT_FOUND} for a number never issued, 400 for a hash that is no SHA-256.
     */
    @GetMapping("/api/intake/public/documents/{number}/verification")
    @Operation(summary = "Verify a case document by its number and the SHA-256 of the file (no login)")
    CaseDocuments.Verification verify(@PathVariable String number,
            @Parameter(description = "The SHA-256 of the PDF, 64 hexadecimal digits")
            @RequestParam(required = false) @Nullable String hash) {
        return documents.verify(number, hash);
    }
}
