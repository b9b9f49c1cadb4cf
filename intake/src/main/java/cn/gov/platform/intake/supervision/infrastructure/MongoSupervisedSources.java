package cn.gov.platform.intake.supervision.infrastructure;

import cn.gov.platform.intake.cases.application.CaseStore;
import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.CaseId;
import cn.gov.platform.intake.cases.domain.CaseSnapshot;
import cn.gov.platform.intake.complaints.application.ComplaintStore;
import cn.gov.platform.intake.complaints.domain.ComplaintSnapshot;
import cn.gov.platform.intake.ratings.application.RatingStore;
import cn.gov.platform.intake.ratings.domain.RatingSnapshot;
import cn.gov.platform.intake.supervision.application.SupervisedSources;
import cn.gov.platform.kernel.DomainViolation;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Cases through the case store (and, for a rebuild, a stream over their collection); ratings and complaints through theirs. */
class MongoSupervisedSources implements SupervisedSources {

    /** The case feature's collection (read only; cases are written by their store alone). */
    static final String CASES = "cases";

    private final CaseStore cases;
    private final RatingStore ratings;
    private final ComplaintStore complaints;
    private final MongoTemplate mongo;

    MongoSupervisedSources(CaseStore cases, RatingStore ratings, ComplaintStore complaints, MongoTemplate mongo) {
        this.cases = cases;
        this.ratings = ratings;
        this.complaints = complaints;
        this.mongo = mongo;
    }

    @Override
    public Optional<CaseSnapshot> caseById(String id) {
        try {
            return cases.find(new CaseId(id)).map(Case::snapshot);
        } catch (DomainViolation notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<RatingSnapshot> rating(String caseId) {
        return ratings.find(caseId);
    }

    @Override
    public Optional<ComplaintSnapshot> complaint(String id) {
        return complaints.find(id);
    }

    @Override
    public void eachCase(Consumer<CaseSnapshot> action) {
        try (var all = mongo.stream(new Query(), CaseSnapshot.class, CASES)) {
            all.forEach(action);
        }
    }

    @Override
    public void eachRating(Consumer<RatingSnapshot> action) {
        ratings.each(action);
    }

    @Override
    public void eachComplaint(Consumer<ComplaintSnapshot> action) {
        complaints.each(action);
    }
}
