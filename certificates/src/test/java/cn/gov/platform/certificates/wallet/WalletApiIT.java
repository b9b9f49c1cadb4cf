package cn.gov.platform.certificates.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.ServiceIT;
import cn.gov.platform.testkit.TestIssuer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

class WalletApiIT extends ServiceIT {

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void oneCertificateEach() {
        mongo.dropCollection("certificates");
        mongo.insert(new Document("number", "GT-BL-2026-0001").append("typeCode", "business-licence")
                .append("status", "VALID").append("holderSubject", TestIssuer.subjectOf("demo-enterprise")),
                "certificates");
        mongo.insert(new Document("number", "GT-FP-2026-0002").append("typeCode", "food-permit")
                .append("status", "VALID").append("holderSubject", TestIssuer.subjectOf("demo-citizen")),
                "certificates");
    }

    @Test
    void aHolderSeesOnlyTheirCertificates() {
        Api.Reply reply = api().get("/api/certificates/wallet", issuer().token("demo-enterprise", "enterprise"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("certificates")).hasSize(1);
        assertThat(reply.json().get("certificates").get(0).get("number").asString()).isEqualTo("GT-BL-2026-0001");
    }

    @Test
    void theWalletNeedsALogin() {
        assertThat(api().get("/api/certificates/wallet", null).status()).isEqualTo(401);
    }
}
