package cn.gov.platform.intake.petitions.domain;

import cn.gov.platform.intake.supervision.domain.StaffEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A petition as stored.
 *
 * @param id                derived from the filer and the Idempotency-Key of the filing request
 * @param petitionerSubject the petitioner's account, or the identity person record staff recorded them under
 * @param fingerprint       a digest of the filing request, to tell a retry from another petition
 * @param recordedBy        login name of the member of staff who recorded it (a letter or a visit); null online
 * @param acceptanceDue     by when it must be accepted or not ({@value Petition#ACCEPTANCE_DAYS} working days)
 * @param noticeNumber      the written notice of acceptance or non-acceptance
 * @param dueOn             the answer's due date once accepted (moved once by the extension)
 */
public record PetitionSnapshot(String id, long version, String petitionerSubject, String fingerprint,
        @Nullable String recordedBy, String division, String department, String departmentName, String text,
        PetitionState state, Instant receivedAt, LocalDate receivedOn, LocalDate acceptanceDue,
        @Nullable String noticeNumber, @Nullable String noticeText, @Nullable String decidedBy,
        @Nullable LocalDate decidedOn, @Nullable LocalDate dueOn, @Nullable String extensionReason,
        @Nullable String extendedBy, @Nullable String answer, @Nullable String answeredBy,
        @Nullable Instant answeredAt, @Nullable LocalDate answeredOn, List<StaffEvent> outbox,
        boolean outboxPending) {

    public PetitionSnapshot {
        outbox = outbox == null ? List.of() : List.copyOf(outbox);
    }

    public PetitionSnapshot withVersion(long v) {
        return new PetitionSnapshot(id, v, petitionerSubject, fingerprint, recordedBy, division, department,
                departmentName, text, state, receivedAt, receivedOn, acceptanceDue, noticeNumber, noticeText, decidedBy,
                decidedOn, dueOn, extensionReason, extendedBy, answer, answeredBy, answeredAt, answeredOn, outbox,
                outboxPending);
    }

    /** The date someone must act by now: acceptance, or the answer; none once closed. */
    public @Nullable LocalDate actBy() {
        return switch (state) {
            case RECEIVED -> acceptanceDue;
            case ACCEPTED, EXTENDED -> dueOn;
            case NOT_ACCEPTED, ANSWERED -> null;
        };
    }

    /** Accepted or refused by the acceptance limit (only meaningful once decided). */
    public boolean decidedOnTime() {
        return decidedOn != null && !decidedOn.isAfter(acceptanceDue);
    }

    /** Answered by its due date as it stood (only meaningful once answered). */
    public boolean answeredOnTime() {
        return answeredOn != null && dueOn != null && !answeredOn.isAfter(dueOn);
    }
}
