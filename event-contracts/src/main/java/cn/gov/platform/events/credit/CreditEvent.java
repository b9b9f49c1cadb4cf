package cn.gov.platform.events.credit;

import cn.gov.platform.events.PlatformEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One event of {@code credit.events}: which list entry, and the account to tell when there is one
 * (whoever filed the objection or repair). A moved answer date also names the petition and the
 * date before and after. Version 1 of every type; never an identity or phone number.
 */
public record CreditEvent(String eventId, Type kind, String entryId, @Nullable String recipientSubject,
        Instant occurredAt, @Nullable DueDateMoved moved) implements PlatformEvent {

    /** The types of the stream, named as on the stream. */
    public enum Type {
        EntryListed, EntryLifted, ObjectionFiled, ObjectionDecided, RepairDecided, ObjectionDeadlineMoved,
        RepairDeadlineMoved;

        public static @Nullable Type named(String name) {
            for (Type t : values()) {
                if (t.name().equals(name)) {
                    return t;
                }
            }
            return null;
        }

        /** Whether events of this type carry {@link DueDateMoved}. */
        public boolean movesADueDate() {
            return this == ObjectionDeadlineMoved || this == RepairDeadlineMoved;
        }
    }

    /** A petition's answer date moved later after a calendar year was published (INT-6). */
    public record DueDateMoved(@Nullable String petitionId, @Nullable LocalDate previousDueBy,
            @Nullable LocalDate dueBy) {
    }

    public CreditEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** A new event with a fresh id. */
    public static CreditEvent of(Type kind, String entryId, @Nullable String recipientSubject, Instant at) {
        return new CreditEvent(UUID.randomUUID().toString(), kind, entryId, recipientSubject, at, null);
    }

    /** A new event of a moved answer date, with a fresh id. */
    public static CreditEvent dueDateMoved(Type kind, String entryId, @Nullable String recipientSubject, Instant at,
            DueDateMoved moved) {
        return new CreditEvent(UUID.randomUUID().toString(), kind, entryId, recipientSubject, at, moved);
    }

    @Override
    public String type() {
        return kind.name();
    }
}
