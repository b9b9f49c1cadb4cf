package cn.gov.platform.credit.publicity.domain;

import java.util.List;
import java.util.Optional;

/** Every publication. */
public interface Publications {

    /** False if one with this id (natural key: the case, or department and document number) exists. */
    boolean add(Publication publication);

    void save(Publication publication);

    Optional<Publication> byId(String id);

    List<Publication> pending(int limit);

    List<Publication> published(Publication.Kind kind, int page, int size);

    /** Publications that are or were late: pending past due, or published after due. */
    List<Publication> overdue(java.time.LocalDate today, int limit);
}
