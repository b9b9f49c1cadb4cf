package cn.gov.platform.intake.ratings.application;

import cn.gov.platform.intake.ratings.domain.RatingContribution;
import cn.gov.platform.intake.ratings.domain.RatingSnapshot;
import cn.gov.platform.intake.supervision.application.SupervisedSource;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Ratings as supervision watches them (SUP-2): the rating events name the rated case, whose id is the rating's. */
public class RatingsUnderSupervision implements SupervisedSource {

    private static final Set<String> EVENTS = Set.of("CaseRated", "RatingFollowUpOpened", "RatingFollowUpHandled");

    private final RatingStore ratings;

    public RatingsUnderSupervision(RatingStore ratings) {
        this.ratings = ratings;
    }

    @Override
    public String kind() {
        return "rating";
    }

    @Override
    public Optional<String> about(String type, @Nullable String caseId, Map<String, String> payload) {
        return EVENTS.contains(type) && caseId != null ? Optional.of(caseId) : Optional.empty();
    }

    @Override
    public Optional<Supervised> find(String id) {
        return ratings.find(id).map(RatingsUnderSupervision::supervised);
    }

    @Override
    public void each(Consumer<Supervised> action) {
        ratings.each(r -> action.accept(supervised(r)));
    }

    private static Supervised supervised(RatingSnapshot r) {
        return new Supervised(r.id(), r.version(), RatingContribution.of(r));
    }
}
