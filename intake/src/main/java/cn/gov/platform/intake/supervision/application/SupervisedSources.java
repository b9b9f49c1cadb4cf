package cn.gov.platform.intake.supervision.application;

import cn.gov.platform.intake.cases.domain.CaseSnapshot;
import cn.gov.platform.intake.complaints.domain.ComplaintSnapshot;
import cn.gov.platform.intake.ratings.domain.RatingSnapshot;
import java.util.Optional;
import java.util.function.Consumer;

/** Where the projection's sources are read from: cases, ratings and complaints, one by one or all. */
public interface SupervisedSources {

    Optional<CaseSnapshot> caseById(String id);

    Optional<RatingSnapshot> rating(String caseId);

    Optional<ComplaintSnapshot> complaint(String id);

    void eachCase(Consumer<CaseSnapshot> action);

    void eachRating(Consumer<RatingSnapshot> action);

    void eachComplaint(Consumer<ComplaintSnapshot> action);
}
