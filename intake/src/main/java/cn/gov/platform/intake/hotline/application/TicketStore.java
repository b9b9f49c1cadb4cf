package cn.gov.platform.intake.hotline.application;

import cn.gov.platform.intake.hotline.domain.Ticket;
import cn.gov.platform.intake.hotline.domain.TicketSnapshot;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where hotline tickets are kept: one document each, its outbox inside. */
public interface TicketStore {

    /** Stores a new ticket; false when its id (recorder + Idempotency-Key) is taken. */
    boolean insert(Ticket ticket);

    /** Stores a changed ticket if nobody changed it since it was read (compare-and-set on the version). */
    boolean save(Ticket ticket);

    Optional<TicketSnapshot> find(String id);

    /** The newest answered, unrated ticket of the caller with this phone key (not one answered at once). */
    Optional<TicketSnapshot> latestAnsweredOf(String phoneKey);

    /** Tickets whose division starts with {@code divisionPrefix}, newest first. */
    List<TicketSnapshot> within(String divisionPrefix, int limit);

    /** Tickets with a department at a division, open ones first, earliest due first. */
    List<TicketSnapshot> with(String division, String department, int limit);

    /** A citizen's own portal messages, newest first. */
    List<TicketSnapshot> ofCitizen(String subject, int limit);

    void each(Consumer<TicketSnapshot> action);
}
