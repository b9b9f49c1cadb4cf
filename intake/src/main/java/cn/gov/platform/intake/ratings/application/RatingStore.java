package cn.gov.platform.intake.ratings.application;

import cn.gov.platform.intake.ratings.domain.Rating;
import cn.gov.platform.intake.ratings.domain.RatingSnapshot;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where ratings are kept: one document per case, its outbox inside. */
public interface RatingStore {

    /** Stores a new rating; false when the case has one already. */
    boolean insert(Rating rating);

    /** Stores a changed rating if nobody changed it since it was read; false otherwise. */
    boolean save(Rating rating);

    Optional<RatingSnapshot> find(String caseId);

    /** Ratings of a department at a division with an open follow-up, the earliest due first. */
    List<RatingSnapshot> openFollowUps(String division, String department, int limit);

    void each(Consumer<RatingSnapshot> action);
}
