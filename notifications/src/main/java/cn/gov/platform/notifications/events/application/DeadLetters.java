package cn.gov.platform.notifications.events.application;

import java.util.List;
import java.util.Optional;

/** Events that could not be handled. */
public interface DeadLetters {

    /** Stores it unless already there (a second dead-lettering of the same entry). */
    void add(DeadLetter letter);

    List<DeadLetter> newestFirst(int limit);

    Optional<DeadLetter> find(String id);

    void replace(DeadLetter letter);
}
