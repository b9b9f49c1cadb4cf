package cn.gov.platform.intake.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.ServiceIT;
import cn.gov.platform.testkit.TestIssuer;
import java.time.Instant;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

class MyCasesApiIT extends ServiceIT {

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void twoApplicantsWithOneCaseEach() {
        mongo.dropCollection("cases");
        mongo.insert(new Document("number", "640324-2026-000001").append("itemCode", "GT-001")
                .append("state", "ACCEPTED").append("submittedAt", Instant.parse("2026-11-02T02:00:00Z"))
                .append("applicantSubject", TestIssuer.subjectOf("demo-citizen")), "cases");
        mongo.insert(new Document("number", "640324-2026-000002").append("itemCode", "GT-002")
                .append("state", "SUBMITTED").append("submittedAt", Instant.parse("2026-11-03T02:00:00Z"))
                .append("applicantSubject", TestIssuer.subjectOf("demo-citizen2")), "cases");
    }

    @Test
    void anApplicantSeesOnlyTheirOwnCases() {
        Api.Reply reply = api().get("/api/intake/cases", issuer().token("demo-citizen", "citizen"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("count").asInt()).isEqualTo(1);
        assertThat(reply.json().get("items").get(0).get("number").asString()).isEqualTo("640324-2026-000001");
        assertThat(reply.body()).doesNotContain("640324-2026-000002").doesNotContain("applicantSubject");
    }

    @Test
    void noTokenNoCases() {
        Api.Reply reply = api().get("/api/intake/cases", null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.isProblem()).isTrue();
    }
}
