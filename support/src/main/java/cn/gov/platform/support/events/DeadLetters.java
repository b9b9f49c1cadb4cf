package cn.gov.platform.support.events;

import java.util.List;
import java.util.Optional;

/** Where dead letters are kept (the service's own database). */
public interface DeadLetters {

    /** Keeps it, unless it is there already (the same entry dead-lettered twice when an acknowledgement was lost). */
    void add(DeadLetter letter);

    List<DeadLetter> newestFirst(int limit);

    Optional<DeadLetter> find(String id);

    void replace(DeadLetter letter);
}
