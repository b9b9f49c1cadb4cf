package cn.gov.platform.intake.supervision.application;

import cn.gov.platform.intake.supervision.domain.Contribution;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A feature whose records supervision watches (cases, ratings, complaints): which record an event on
 * {@code intake.case-events} is about, and what a record currently adds to the read model. Each
 * feature provides its own, so supervision depends on none of them: ratings and complaints plug in
 * here and depend on supervision, never the other way round.
 */
public interface SupervisedSource {

    /** The prefix of this source's rows in the read model: {@code case}, {@code rating}, {@code complaint}. */
    String kind();

    /** The id of this source's record that an event is about, if it is about one. */
    Optional<String> about(String type, @Nullable String caseId, Map<String, String> payload);

    /** What the record currently adds, with its version; none when there is no such record. */
    Optional<Supervised> find(String id);

    /** Every record's contribution, for a rebuild. */
    void each(Consumer<Supervised> action);

    /** One record's contribution at one version of the record. */
    record Supervised(String id, long version, Contribution contribution) {
    }
}
