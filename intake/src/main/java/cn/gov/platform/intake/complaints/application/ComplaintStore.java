package cn.gov.platform.intake.complaints.application;

import cn.gov.platform.intake.complaints.domain.Complaint;
import cn.gov.platform.intake.complaints.domain.ComplaintSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Where complaints are kept: one document each, its outbox inside. */
public interface ComplaintStore {

    /** Stores a new complaint; false when its id (complainant + Idempotency-Key) is taken. */
    boolean insert(Complaint complaint);

    /** Stores a changed complaint if nobody changed it since it was read; false otherwise. */
    boolean save(Complaint complaint);

    Optional<ComplaintSnapshot> find(String id);

    /** The complainant's own complaints, newest first. */
    List<ComplaintSnapshot> ofComplainant(String subject, int limit);

    /** Complaints against a department at a division, open ones first, earliest due first. */
    List<ComplaintSnapshot> against(String division, String department, int limit);

    void each(Consumer<ComplaintSnapshot> action);

    /**
     * Ids of complaints still within their first answer period (FILED), filed on or before
     * {@code filedBy} and due on or after {@code dueFrom}, in id order after {@code afterId}.
     */
    List<String> filedAndDue(LocalDate filedBy, LocalDate dueFrom, @Nullable String afterId, int limit);
}
