package cn.gov.platform.certificates.wallet;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's certificates: a holder sees only their own. */
@RestController
class WalletController {

    private final MongoTemplate mongo;

    WalletController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/api/certificates/wallet")
    Wallet wallet(@AuthenticationPrincipal Jwt jwt) {
        Query held = Query.query(Criteria.where("holderSubject").is(jwt.getSubject()));
        held.fields().include("number", "typeCode", "status", "validUntil");
        return new Wallet(mongo.find(held, HeldCertificate.class, "certificates"));
    }

    record HeldCertificate(String number, String typeCode, String status, LocalDate validUntil) {
    }

    record Wallet(List<HeldCertificate> certificates) {
    }
}
