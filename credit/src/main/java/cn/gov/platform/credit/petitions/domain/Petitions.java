package cn.gov.platform.credit.petitions.domain;

import java.util.List;
import java.util.Optional;

/** Every petition. */
public interface Petitions {

    /** False if a petition with this id exists (a retried filing). */
    boolean add(Petition petition);

    boolean replace(Petition previous, Petition next);

    Optional<Petition> byId(String id);

    List<Petition> byDepartment(String department);

    List<Petition> byFiler(String subject);

    List<Petition> openFor(String entryId);
}
