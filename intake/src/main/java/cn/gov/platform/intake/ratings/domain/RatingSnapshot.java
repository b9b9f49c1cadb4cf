package cn.gov.platform.intake.ratings.domain;

import cn.gov.platform.intake.supervision.domain.StaffEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rating as stored: one per case (its id is the case id, so a second rating is refused by the
 * primary key), with its follow-up and its own outbox.
 *
 * @param id         the case's id
 * @param division   where the department that handled the case sits (the higher one for 上报件)
 * @param caseNumber the acceptance number, or the notice number of a case refused at the window
 */
public record RatingSnapshot(String id, long version, @Nullable String caseNumber, String itemCode,
        String itemName, String division, String department, String departmentName, String raterSubject,
        int score, @Nullable String comment, Instant ratedAt, LocalDate ratedOn, @Nullable FollowUp followUp,
        List<StaffEvent> outbox, boolean outboxPending) {

    public RatingSnapshot {
        outbox = outbox == null ? List.of() : List.copyOf(outbox);
    }

    public String caseId() {
        return id;
    }

    RatingSnapshot with(FollowUp f) {
        return new RatingSnapshot(id, version, caseNumber, itemCode, itemName, division, department,
                departmentName, raterSubject, score, comment, ratedAt, ratedOn, f, outbox, outboxPending);
    }

    RatingSnapshot withOutbox(List<StaffEvent> events) {
        return new RatingSnapshot(id, version, caseNumber, itemCode, itemName, division, department,
                departmentName, raterSubject, score, comment, ratedAt, ratedOn, followUp, events,
                events.stream().anyMatch(e -> !e.isPublished()));
    }

    public RatingSnapshot withVersion(long v) {
        return new RatingSnapshot(id, v, caseNumber, itemCode, itemName, division, department, departmentName,
                raterSubject, score, comment, ratedAt, ratedOn, followUp, outbox, outboxPending);
    }
}
