package cn.gov.platform.certificates.wallet.web;

import cn.gov.platform.certificates.catalogue.domain.CertificateType;
import cn.gov.platform.certificates.registry.domain.Certificate;
import cn.gov.platform.certificates.registry.web.Owners;
import cn.gov.platform.certificates.wallet.application.Wallet;
import cn.gov.platform.support.acting.ActingFor;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own certificates or, acting for an enterprise, its certificates (CER-2); another holder's certificate answers 404. */
@RestController
class WalletController {

    private final Wallet wallet;
    private final Owners owners;

    WalletController(Wallet wallet, Owners owners) {
        this.wallet = wallet;
        this.owners = owners;
    }

    /** The caller's certificates, or with {@code X-Acting-For} the enterprise's (every member sees them). */
    @GetMapping("/api/certificates/wallet")
    Held wallet(@AuthenticationPrincipal Jwt jwt, @RequestHeader(name = ActingFor.HEADER, required = false) @Nullable String actingFor) {
        return new Held(wallet.held(owners.reading(jwt, actingFor)).stream().map(this::summary).toList());
    }

    @GetMapping("/api/certificates/wallet/{number}")
    HeldCertificateDetail one(@PathVariable String number, @AuthenticationPrincipal Jwt jwt,
            @RequestHeader(name = ActingFor.HEADER, required = false) @Nullable String actingFor) {
        Certificate c = wallet.one(owners.reading(jwt, actingFor), number);
        return new HeldCertificateDetail(summary(c), c.holder().displayName(), c.fields(), c.caseNumber(),
                c.issuingDepartment(), c.issuingDivision(), c.issuedAt().toString(), c.qr().encode(), wallet.qrUrl(c));
    }

    @GetMapping("/api/certificates/wallet/{number}/pdf")
    @ApiResponse(responseCode = "200", description = "The certificate as a PDF (an attachment)",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> pdf(@PathVariable String number, @AuthenticationPrincipal Jwt jwt,
            @RequestHeader(name = ActingFor.HEADER, required = false) @Nullable String actingFor) {
        byte[] pdf = wallet.pdf(owners.reading(jwt, actingFor), number);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", ContentDisposition.attachment().filename(number + ".pdf").build().toString())
                .body(pdf);
    }

    private HeldCertificate summary(Certificate c) {
        return new HeldCertificate(c.number().value(), c.typeCode(),
                wallet.type(c).map(CertificateType::name).orElse(c.typeCode()),
                c.status().name(), c.validFrom(), c.validUntil());
    }

    record HeldCertificate(String number, String typeCode, String typeName, String status, LocalDate validFrom,
            @Nullable LocalDate validUntil) {
    }

    record HeldCertificateDetail(HeldCertificate certificate, String holderName, Map<String, String> fields,
            String caseNumber, String issuingDepartment, String issuingDivision, String issuedAt, String qr,
            String qrUrl) {
    }

    record Held(List<HeldCertificate> certificates) {
    }
}
