package cn.gov.platform.intake.supervision.infrastructure;

import cn.gov.platform.intake.supervision.application.SupervisionService;
import java.time.Duration;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Rebuilds the supervision read model once when the rules that compute it have changed since it was
 * built, so that an upgraded store shows what the new rules add to cases already in it (version 2,
 * issue 17: submissions awaiting acceptance and the steps of the chain; issue 19: petitions) without
 * waiting for each case's next event. The version lives in {@code supervision_meta}; a store without
 * rows is simply marked. One instance does it (a Redis lock), in the background after start.
 */
class ModelUpgrade {

    /** 1: cases, joint tasks, follow-ups, complaints. 2: + acceptances, steps, petitions. */
    static final int CURRENT = 2;
    private static final String META = "supervision_meta";
    private static final String LOCK = "intake:supervision:model-upgrade";
    private static final Logger log = LoggerFactory.getLogger(ModelUpgrade.class);

    private final MongoTemplate mongo;
    private final StringRedisTemplate redis;
    private final SupervisionService service;

    ModelUpgrade(MongoTemplate mongo, StringRedisTemplate redis, SupervisionService service) {
        this.mongo = mongo;
        this.redis = redis;
        this.service = service;
    }

    @EventListener(ApplicationReadyEvent.class)
    void upgradeInBackground() {
        Thread.ofVirtual().name("supervision-model-upgrade").start(() -> {
            try {
                upgrade();
            } catch (RuntimeException e) {
                log.warn("The supervision model was not upgraded now (it is tried again at the next start): {}",
                        e.toString());
            }
        });
    }

    /** Whether the model was rebuilt. */
    boolean upgrade() {
        Document meta = mongo.findById("model", Document.class, META);
        int stored = meta == null ? 0 : meta.getInteger("version", 0);
        if (stored >= CURRENT) {
            return false;
        }
        if (stored == 0 && !mongo.exists(new Query(), MongoSupervisionProjection.SOURCES)) {
            mark();
            return false;
        }
        if (!Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(LOCK, "running", Duration.ofMinutes(30)))) {
            return false;
        }
        try {
            long sources = service.rebuildAll();
            mark();
            log.info("Supervision model upgraded from version {} to {}: {} sources recomputed", stored, CURRENT, sources);
            return true;
        } finally {
            redis.delete(LOCK);
        }
    }

    private void mark() {
        mongo.upsert(Query.query(Criteria.where("_id").is("model")), Update.update("version", CURRENT), META);
    }
}
