package cn.gov.platform.credit.lists.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Every list entry; MongoDB is the source of truth. */
public interface Entries {

    /** Adds a new entry; false if its natural key (department, document number) is already held. */
    boolean add(ListEntry entry);

    /** Saves the next version of an entry if nobody changed it meanwhile; false otherwise. */
    boolean replace(ListEntry previous, ListEntry next);

    Optional<ListEntry> byId(String id);

    /** Up to {@code limit} entries still stored as in force whose validity ended before {@code day}. */
    List<ListEntry> inForceEndedBefore(LocalDate day, int limit);
}
