package cn.gov.platform.notifications.inbox;

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

class InboxApiIT extends ServiceIT {

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void messages() {
        mongo.dropCollection("inbox");
        String me = TestIssuer.subjectOf("demo-citizen");
        mongo.insert(new Document("recipientSubject", me).append("templateCode", "case-accepted")
                .append("text", "您的申请已受理").append("read", false).append("createdAt", Instant.now()), "inbox");
        mongo.insert(new Document("recipientSubject", me).append("templateCode", "case-submitted")
                .append("text", "您的申请已提交").append("read", true).append("createdAt", Instant.now()), "inbox");
        mongo.insert(new Document("recipientSubject", TestIssuer.subjectOf("demo-citizen2"))
                .append("templateCode", "case-accepted").append("text", "他人的消息").append("read", false)
                .append("createdAt", Instant.now()), "inbox");
    }

    @Test
    void aPersonReadsOnlyTheirOwnInboxWithTheUnreadCount() {
        Api.Reply reply = api().get("/api/notifications/inbox", issuer().token("demo-citizen", "citizen"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("messages")).hasSize(2);
        assertThat(reply.json().get("unread").asLong()).isEqualTo(1);
        assertThat(reply.body()).doesNotContain("他人的消息");
    }
}
