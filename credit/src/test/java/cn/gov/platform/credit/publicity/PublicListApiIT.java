package cn.gov.platform.credit.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.ServiceIT;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

class PublicListApiIT extends ServiceIT {

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void entries() {
        mongo.dropCollection("entries");
        mongo.insert(new Document("list", "black").append("status", "ACTIVE").append("listType", "dishonest-debtor")
                .append("subjectDisplayName", "同心县某某商贸有限公司").append("subjectIdHash", "secret-hash")
                .append("issuingDepartment", "同心县人民法院"), "entries");
        mongo.insert(new Document("list", "black").append("status", "REPAIRED").append("listType", "tax")
                .append("subjectDisplayName", "已修复企业"), "entries");
    }

    @Test
    void anyoneCanQueryActiveBlackListEntriesWithoutPersonalKeys() {
        Api.Reply reply = api().get("/api/credit/public/entries?list=black", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("entries")).hasSize(1);
        assertThat(reply.body()).contains("同心县某某商贸有限公司").doesNotContain("secret-hash").doesNotContain("已修复企业");
    }

    @Test
    void anUnknownListIsABadRequestNamingTheField() {
        Api.Reply reply = api().get("/api/credit/public/entries?list=grey", null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("field").asString()).isEqualTo("list");
        assertThat(reply.json().get("errors").get(0).get("message").get("zh").asString()).contains("名单类型");
        assertThat(reply.json().get("errors").get(0).get("message").get("en").asString()).contains("red or black");
    }
}
