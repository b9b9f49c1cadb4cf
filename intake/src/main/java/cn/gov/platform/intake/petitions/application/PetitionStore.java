package cn.gov.platform.intake.petitions.application;

import cn.gov.platform.intake.petitions.domain.Petition;
import cn.gov.platform.intake.petitions.domain.PetitionSnapshot;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where petitions are kept: one document each, its outbox inside. */
public interface PetitionStore {

    /** Stores a new petition; false when its id (filer + Idempotency-Key) is taken. */
    boolean insert(Petition petition);

    /** Stores a changed petition if nobody changed it since it was read; false otherwise. */
    boolean save(Petition petition);

    Optional<PetitionSnapshot> find(String id);

    /** The petitions a person's subjects filed or were recorded under, newest first. */
    List<PetitionSnapshot> ofPetitioners(List<String> subjects, int limit);

    /** Petitions to a department at a division, open ones first, earliest to act on first. */
    List<PetitionSnapshot> to(String division, String department, int limit);

    void each(Consumer<PetitionSnapshot> action);
}
