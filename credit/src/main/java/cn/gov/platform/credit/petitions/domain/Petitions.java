package cn.gov.platform.credit.petitions.domain;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Every petition. */
public interface Petitions {

    /** False if a petition with this id exists (a retried filing). */
    boolean add(Petition petition);

    /** Compare-and-set: saves {@code next} only if the stored petition is still {@code previous} (same version). */
    boolean replace(Petition previous, Petition next);

    Optional<Petition> byId(String id);

    List<Petition> byDepartment(String department);

    List<Petition> byFiler(String subject);

    List<Petition> openFor(String entryId);

    /** Petitions, open or decided, about any of these entries (at most 500). */
    List<Petition> aboutEntries(java.util.Collection<String> entryIds);

    /** Open petitions in id order, the next {@code limit} after {@code afterId} (null: from the first). */
    List<Petition> open(@Nullable String afterId, int limit);
}
