package cn.gov.platform.intake.supervision.infrastructure;

import cn.gov.platform.events.intake.IntakePayload;
import cn.gov.platform.intake.supervision.application.DeadlineWarnings;
import cn.gov.platform.intake.supervision.application.OutboxHints;
import cn.gov.platform.intake.supervision.domain.Light;
import cn.gov.platform.intake.supervision.domain.OpenItem;
import cn.gov.platform.intake.supervision.domain.StaffEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Warnings in collection {@code supervision_warnings}, one document per item, light and due date
 * (its id), each with its DeadlineWarning event in its outbox. The primary key is what makes a
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
            LocalDate warnedOn, String division, String department, List<StaffEvent> outbox, boolean outboxPending) {
    }

    @Override
    public boolean warnOnce(OpenItem item, Light light, LocalDate today, Instant at) {
        String id = item.id() + "|" + light + "|" + item.dueOn();
        IntakePayload payload = new IntakePayload.DeadlineWarning(item.kind().name(), item.id(), light.name(),
                item.dueOn(), item.itemName());
        // To the department (no recipientSubject): the applicant is not the one to act.
        StaffEvent event = new StaffEvent(UUID.randomUUID().toString(), payload.type(), item.caseId(),
                item.caseNumber(), item.itemCode(), null, null, item.division(), item.department(), at, payload.values(), null);
        try {
            mongo.insert(new Warning(id, 0, item.id(), item.kind().name(), light.name(), item.dueOn(), today,
                    item.division(), item.department(), List.of(event), true), COLLECTION);
        } catch (DuplicateKeyException alreadyWarned) {
            return false;
        }
        relay.pending(COLLECTION, id);
        return true;
    }
}
