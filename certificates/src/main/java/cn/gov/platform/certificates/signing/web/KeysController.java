package cn.gov.platform.certificates.signing.web;

import cn.gov.platform.certificates.signing.domain.PublishedKey;
import cn.gov.platform.certificates.signing.domain.Signatures;
import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public keys anyone needs to check a certificate offline; cacheable, since keys only get added. */
@RestController
class KeysController {

    private final Signatures signatures;

    KeysController(Signatures signatures) {
        this.signatures = signatures;
    }

    @GetMapping("/api/certificates/keys")
    ResponseEntity<Keys> keys() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(new Keys("SubjectPublicKeyInfo DER, base64; SM2_SM3 = SM3withSM2 with the default user id",
                        signatures.publishedKeys()));
    }

    /** Rotation by an administrator; with configured keys it is refused (409) as a config change. */
    @PostMapping("/api/certificates/keys/rotation")
    @PreAuthorize("hasRole('admin')")
    Rotated rotate() {
        return new Rotated(signatures.rotate());
    }

    record Keys(String format, List<PublishedKey> keys) {
    }

    record Rotated(String activeKeyId) {
    }
}
