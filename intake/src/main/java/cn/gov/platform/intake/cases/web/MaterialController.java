package cn.gov.platform.intake.cases.web;

import cn.gov.platform.intake.cases.application.MaterialReview;
import cn.gov.platform.intake.cases.domain.MaterialEntry;
import cn.gov.platform.intake.cases.domain.MaterialOpening;
import cn.gov.platform.support.web.Caller;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * The materials of a case read back (issue 17, point 1): the file streamed with its own type, inline
 * (PDF and images, the only types accepted), with its SHA-256 as recorded at the upload; and the record
 * of who of staff opened what and when.
 */
@RestController
class MaterialController {

    private final MaterialReview review;

    MaterialController(MaterialReview review) {
        this.review = review;
    }

    /** One opening of a material by staff as the applicant sees it: who (login name, capacity, department) and when. */
    record OpeningView(String materialCode, String materialName, String fileName, String openedBy, String role,
            String department, String departmentName, Instant at) {

        static OpeningView of(MaterialOpening o) {
            return new OpeningView(o.materialCode(), o.materialName(), o.fileName(), o.openedByName(), o.role().name(),
                    o.department(), o.departmentName(), o.at());
        }
    }

    record Openings(List<OpeningView> items, int count) {
    }

    /**
     * The uploaded file of one material. Headers: {@code Content-Type} as detected at the upload,
     * {@code Content-Disposition: inline} with the file's name, {@code Repr-Digest} (RFC 9530) and
     * {@code X-Checksum-SHA256} (hex) with its SHA-256. Not cached.
     */
    @GetMapping("/api/intake/cases/{id}/materials/{code}")
    ResponseEntity<Resource> open(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @PathVariable String code) {
        MaterialReview.Opened opened = review.open(Caller.from(jwt), id, code);
        MaterialEntry m = opened.material();
        String sha256 = Objects.requireNonNullElse(m.sha256(), "");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(Objects.requireNonNullElse(m.contentType(),
                MediaType.APPLICATION_OCTET_STREAM_VALUE)));
        headers.setContentLength(m.size());
        headers.setContentDisposition(ContentDisposition.inline()
                .filename(Objects.requireNonNullElse(m.fileName(), code), StandardCharsets.UTF_8).build());
        headers.set("X-Checksum-SHA256", sha256);
        if (!sha256.isEmpty()) {
            headers.set("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256))
                    + ":");
        }
        headers.setCacheControl("private, no-store");
        return ResponseEntity.ok().headers(headers).body(new InputStreamResource(opened.content()));
    }

    /** Who of staff opened which material and when, oldest first. */
    @GetMapping("/api/intake/cases/{id}/material-openings")
    Openings openings(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        List<OpeningView> items = review.openings(Caller.from(jwt), id).stream().map(OpeningView::of).toList();
        return new Openings(items, items.size());
    }
}
