package cn.gov.platform.intake.supervision.infrastructure;

import cn.gov.platform.events.intake.IntakePayload;
import cn.gov.platform.intake.supervision.application.DeadlineWarnings;
import cn.gov.platform.intake.supervision.application.OutboxHints;
import cn.gov.platform.intake.supervision.domain.Light;
import cn.gov.platform.intake.supervision.domain.OpenItem;
import cn.gov.platform.intake.supervision.domain.StaffEvent;
import cn.gov.platform.intake.supervision.domain.WarningAudience.Audience;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Warnings in collection {@code supervision_warnings}, one document per item, light and due date
 * (its id), each with its DeadlineWarning events (one per member of staff told) in its outbox. The primary key is what makes a
 * warning happen once, whichever instance runs the job and however often.
 */
class MongoDeadlineWarnings implements DeadlineWarnings {

    static final String COLLECTION = "supervision_warnings";
    private final MongoTemplate mongo;
    private final OutboxHints relay;

    MongoDeadlineWarnings(MongoTemplate mongo, OutboxHints relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    record Warning(String id, long version, String itemId, String kind, String light, LocalDate dueOn,
            LocalDate warnedOn, String division, String department, List<StaffEvent> outbox, boolean outboxPending,
            @Nullable Integer recipients) {
    }

    private static String idOf(OpenItem item, Light light) {
        return item.id() + "|" + light + "|" + item.dueOn();
    }

    @Override
    public boolean warned(OpenItem item, Light light) {
        return mongo.exists(Query.query(Criteria.where("_id").is(idOf(item, light))), COLLECTION);
    }

    @Override
    public boolean warnOnce(OpenItem item, Light light, Map<String, Audience> recipients, LocalDate today,
            Instant at) {
        String id = idOf(item, light);
        List<StaffEvent> events = new ArrayList<>();
        if (recipients.isEmpty()) {
            // Nobody holds a position to tell: the department as a whole (as before issue 17), seen in supervision.
            events.add(event(item, light, null, null, at));
        }
        recipients.forEach((subject, audience) -> events.add(event(item, light, subject, audience, at)));
        try {
            mongo.insert(new Warning(id, 0, item.id(), item.kind().name(), light.name(), item.dueOn(), today,
                    item.division(), item.department(), events, true, recipients.size()), COLLECTION);
        } catch (DuplicateKeyException alreadyWarned) {
            return false;
        }
        relay.pending(COLLECTION, id);
        return true;
    }

    /** The applicant is never told: staff act on a warning. */
    private static StaffEvent event(OpenItem item, Light light, @Nullable String recipient,
            @Nullable Audience audience, Instant at) {
        IntakePayload payload = new IntakePayload.DeadlineWarning(item.kind().name(), item.id(), light.name(),
                item.dueOn(), item.itemName(), item.step(), audience == null ? null : audience.name());
        return new StaffEvent(UUID.randomUUID().toString(), payload.type(), item.caseId(), item.caseNumber(),
                item.itemCode(), null, recipient, item.division(), item.department(), at, payload.values(), null);
    }
}
