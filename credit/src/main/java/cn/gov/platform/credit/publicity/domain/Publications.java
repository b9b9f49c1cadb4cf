package cn.gov.platform.credit.publicity.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Every publication. */
public interface Publications {

    /** False if one with this id (natural key: the case, or department and document number) exists. */
    boolean add(Publication publication);

    /** Compare-and-set: saves {@code next} only if the stored publication is still {@code previous} (same version). */
    boolean replace(Publication previous, Publication next);

    Optional<Publication> byId(String id);

    List<Publication> pending(int limit);

    /** Pending publications in id order, the next {@code limit} after {@code afterId} (null: from the first). */
    List<Publication> pending(@Nullable String afterId, int limit);

    /** Pending publications of one department (null: every department), soonest due first. */
    List<Publication> pendingOf(@Nullable String department, int limit);

    List<Publication> published(Publication.Kind kind, int page, int size);

    /** Publications that are or were late: pending past due, or published after due. */
    List<Publication> overdue(LocalDate today, int limit);
}
