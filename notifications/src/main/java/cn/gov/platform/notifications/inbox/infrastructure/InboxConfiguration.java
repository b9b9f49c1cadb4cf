package cn.gov.platform.notifications.inbox.infrastructure;

import cn.gov.platform.notifications.inbox.application.InboxService;
import cn.gov.platform.notifications.inbox.application.InboxStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/** The inbox feature's store and service. */
@Configuration(proxyBeanMethods = false)
public class InboxConfiguration {

    @Bean
    InboxStore inboxStore(MongoTemplate mongo) {
        // The embedded store uses an index only for a query on exactly its keys: the unread count.
        mongo.indexOps(MongoInboxStore.COLLECTION).createIndex(new Index().on("recipientSubject", org.springframework.data.domain.Sort.Direction.ASC)
                .on("read", org.springframework.data.domain.Sort.Direction.ASC));
        return new MongoInboxStore(mongo);
    }

    @Bean
    InboxService inboxService(InboxStore store) {
        return new InboxService(store);
    }
}
