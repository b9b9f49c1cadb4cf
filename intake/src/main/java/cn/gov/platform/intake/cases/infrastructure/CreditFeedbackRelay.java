package cn.gov.platform.intake.cases.infrastructure;

import cn.gov.platform.intake.cases.application.CreditChecks;
import cn.gov.platform.intake.cases.domain.CreditFeedback;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the feedback records kept in case documents (措施反馈) to the credit service, like the
 * outbox relay: a record is marked sent only after credit took it (201, or 200 for a retry), in a
 * write that checks the case's version; a crash or a lost race sends it again, which the credit
 * service answers with 200 because it keeps one record per (checkId, action). A record credit
 * refuses for good (a 4xx, see {@link CreditChecks.FeedbackRefused}) is dead-lettered in the case
 * with the refusal, counted in {@code intake.credit.feedback.dead-lettered} (alert when it grows)
 * and logged once at ERROR, and is not sent again.
 */
class CreditFeedbackRelay {

    private static final Logger log = LoggerFactory.getLogger(CreditFeedbackRelay.class);
    private final MongoTemplate mongo;
    private final CreditChecks credit;
    private final int batch;
    private final Clock clock;
    private final MeterRegistry meters;

    CreditFeedbackRelay(MongoTemplate mongo, CreditChecks credit, int batch, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.credit = credit;
        this.batch = batch;
        this.clock = clock;
        this.meters = meters;
    }

    @Scheduled(fixedDelayString = "${platform.intake.credit.feedback-interval:5s}")
    void relayOnSchedule() {
        try {
            relay();
        } catch (RuntimeException e) {
            log.warn("Credit feedback round failed: {}", e.toString());
        }
    }

    /** One round; returns how many feedback records credit took. */
    int relay() {
        int sent = 0;
        List<CaseDocument> pending = mongo.find(Query.query(Criteria.where("creditFeedbackPending").is(true))
                .limit(batch), CaseDocument.class, MongoCaseStore.COLLECTION);
        for (CaseDocument c : pending) {
            List<CreditFeedback> marked = new ArrayList<>();
            boolean allSent = true;
            for (CreditFeedback f : c.feedback()) {
                if (!f.isSettled()) {
                    try {
                        credit.feedback(c.id(), c.number() != null ? c.number() : c.noticeNumber(), f);
                        f = f.sent(clock.instant());
                        sent++;
                        meters.counter("intake.credit.feedback", "action", f.action(), "outcome", "sent").increment();
                    } catch (CreditChecks.FeedbackRefused refused) {
                        f = f.deadLettered(clock.instant(), refused.reason());
                        meters.counter("intake.credit.feedback", "action", f.action(), "outcome", "dead-lettered")
                                .increment();
                        meters.counter("intake.credit.feedback.dead-lettered", "action", f.action()).increment();
                        log.error("Credit feedback {} on check {} for case {} refused by credit ({}): dead-lettered, "
                                + "not sent again", f.action(), f.checkId(), c.id(), refused.reason());
                    } catch (RuntimeException e) {
                        allSent = false;
                        meters.counter("intake.credit.feedback", "action", f.action(), "outcome", "retry").increment();
                        log.warn("Credit feedback {} for case {} not taken yet: {}", f.action(), c.id(), e.toString());
                    }
                }
                marked.add(f);
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(c.id()).and("version").is(c.version())),
                    new Update().set("creditFeedback", marked).set("creditFeedbackPending", !allSent),
                    MongoCaseStore.COLLECTION);
        }
        return sent;
    }
}
