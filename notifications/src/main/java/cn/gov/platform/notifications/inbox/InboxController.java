package cn.gov.platform.notifications.inbox;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's inbox, newest first; nobody reads another person's messages. */
@RestController
class InboxController {

    private final MongoTemplate mongo;

    InboxController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/api/notifications/inbox")
    Inbox inbox(@AuthenticationPrincipal Jwt jwt) {
        Query mine = Query.query(Criteria.where("recipientSubject").is(jwt.getSubject()))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(50);
        mine.fields().include("templateCode", "text", "read", "createdAt");
        List<InboxMessage> messages = mongo.find(mine, InboxMessage.class, "inbox");
        long unread = messages.stream().filter(m -> !m.read()).count();
        return new Inbox(messages, unread);
    }

    record InboxMessage(String templateCode, String text, boolean read, Instant createdAt) {
    }

    record Inbox(List<InboxMessage> messages, long unread) {
    }
}
