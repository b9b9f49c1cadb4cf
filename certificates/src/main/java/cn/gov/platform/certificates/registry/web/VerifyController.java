package cn.gov.platform.certificates.registry.web;

import cn.gov.platform.certificates.registry.application.PublishStatusList;
import cn.gov.platform.certificates.registry.application.VerifyCertificate;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public verification, no login, GET only (the gateway lets anonymous callers reach GETs only).
 * Every outcome, "unknown" and "tampered" included, is an answer (200); only input that is not a
 * number or a token at all is a 400.
 */
@RestController
class VerifyController {

    private final VerifyCertificate verify;
    private final PublishStatusList statusList;

    VerifyController(VerifyCertificate verify, PublishStatusList statusList) {
        this.verify = verify;
        this.statusList = statusList;
    }

    @GetMapping("/api/certificates/verify/{number}")
    ResponseEntity<Verification> byNumber(@PathVariable String number) {
        return fresh(Verification.of(verify.byNumber(number)));
    }

    @GetMapping("/api/certificates/verify")
    ResponseEntity<Verification> byQr(@RequestParam String qr) {
        return fresh(Verification.of(verify.byQr(qr)));
    }

    @GetMapping("/api/certificates/status-list")
    ResponseEntity<PublishStatusList.StatusList> statusList() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(statusList.maxAge()).cachePublic())
                .body(statusList.publish());
    }

    // A status can change at any moment: verification answers are never cached.
    private static ResponseEntity<Verification> fresh(Verification body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    /** {@code awaitingHolder: true} only for a legacy certificate whose holder has no account yet (else absent). */
    record Verification(String number, String status, @Nullable String typeCode, @Nullable String typeName,
            @Nullable Issuer issuer, @Nullable String holder, @Nullable LocalDate validFrom,
            @Nullable LocalDate validUntil, @Nullable String keyId, String checkedAt, @Nullable Boolean awaitingHolder) {

        static Verification of(VerifyCertificate.Outcome o) {
            return new Verification(o.number(), o.status().code(), o.typeCode(), o.typeName(),
                    o.issuingDepartment() == null ? null : new Issuer(o.issuingDepartment(), o.issuingDivision()),
                    o.holder(), o.validFrom(), o.validUntil(), o.keyId(), o.checkedAt().toString(),
                    o.awaitingHolder() ? Boolean.TRUE : null);
        }
    }

    record Issuer(String department, @Nullable String division) {
    }
}
