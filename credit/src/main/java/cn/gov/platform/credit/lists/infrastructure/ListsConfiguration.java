package cn.gov.platform.credit.lists.infrastructure;

import cn.gov.platform.credit.events.CreditOutboxHints;
import cn.gov.platform.credit.lists.application.EntriesInForce;
import cn.gov.platform.credit.lists.application.EntryService;
import cn.gov.platform.credit.lists.application.ExpirySweep;
import cn.gov.platform.credit.lists.domain.Entries;
import cn.gov.platform.credit.lists.domain.ListEntry;
import cn.gov.platform.credit.measures.domain.MeasureCatalogue;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.scheduling.annotation.Scheduled;

/** The entry store, the in-memory index and its Redis channel. */
@Configuration(proxyBeanMethods = false)
public class ListsConfiguration {

    @Bean
    MongoEntries entries(MongoTemplate mongo, CreditOutboxHints hints) {
        // Compare-and-set saves match {_id, version}; the embedded store needs this exact unique index not to scan.
        mongo.indexOps(MongoEntries.COLLECTION).createIndex(new Index().on("_id", Sort.Direction.ASC)
                .on("version", Sort.Direction.ASC).unique());
        return new MongoEntries(mongo, hints);
    }

    @Bean
    MemoryEntryIndex entryIndex(MongoTemplate mongo, StringRedisTemplate redis) {
        return new MemoryEntryIndex(mongo, redis);
    }

    @Bean
    RedisMessageListenerContainer indexChannel(RedisConnectionFactory connections, MemoryEntryIndex index) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        container.addMessageListener(index, new ChannelTopic(MemoryEntryIndex.CHANNEL));
        return container;
    }

    @Bean
    EntryService entryService(Entries entries, EntriesInForce index, MeasureCatalogue catalogue, Clock clock,
            MeterRegistry meters) {
        return new EntryService(entries, index, catalogue, clock, meters);
    }

    @Bean
    ExpirySweeper expirySweeper(Entries entries, EntriesInForce index, Clock clock, MeterRegistry meters,
            StringRedisTemplate redis) {
        return new ExpirySweeper(new ExpirySweep(entries, index, clock, meters), redis);
    }

    @Bean
    IndexLoader indexLoader(MemoryEntryIndex index) {
        return new IndexLoader(index);
    }

    /** Loads the index once the service is up (the check answers 503 until then), and again every hour as a safety net. */
    static class IndexLoader {
        private final MemoryEntryIndex index;

        IndexLoader(MemoryEntryIndex index) {
            this.index = index;
        }

        @EventListener(ApplicationReadyEvent.class)
        void load() {
            index.reload();
        }

        @Scheduled(fixedDelayString = "${platform.credit.index.reload-every:1h}", initialDelayString = "${platform.credit.index.reload-every:1h}")
        void reloadPeriodically() {
            index.reload();
        }
    }

    /** Bulk imports add entries to this instance's index without an announcement per entry. */
    public static void addLocally(EntriesInForce index, ListEntry entry) {
        ((MemoryEntryIndex) index).addLocally(entry);
    }
}
