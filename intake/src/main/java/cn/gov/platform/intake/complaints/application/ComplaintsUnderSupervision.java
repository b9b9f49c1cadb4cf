package cn.gov.platform.intake.complaints.application;

import cn.gov.platform.intake.complaints.domain.ComplaintContribution;
import cn.gov.platform.intake.complaints.domain.ComplaintSnapshot;
import cn.gov.platform.intake.supervision.application.SupervisedSource;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Complaints as supervision watches them (SUP-2): their events carry {@code complaintId}, and so does
 * a complaint's answer date recomputed after a publication ({@code DeadlinesRecomputed}, which is
 * otherwise a case's event).
 */
public class ComplaintsUnderSupervision implements SupervisedSource {

    private static final Set<String> EVENTS = Set.of("ComplaintFiled", "ComplaintExtended", "ComplaintAnswered",
            "DeadlinesRecomputed");

    private final ComplaintStore complaints;

    public ComplaintsUnderSupervision(ComplaintStore complaints) {
        this.complaints = complaints;
    }

    @Override
    public String kind() {
        return "complaint";
    }

    @Override
    public Optional<String> about(String type, @Nullable String caseId, Map<String, String> payload) {
        return EVENTS.contains(type) ? Optional.ofNullable(payload.get("complaintId")) : Optional.empty();
    }

    @Override
    public Optional<Supervised> find(String id) {
        return complaints.find(id).map(ComplaintsUnderSupervision::supervised);
    }

    @Override
    public void each(Consumer<Supervised> action) {
        complaints.each(c -> action.accept(supervised(c)));
    }

    private static Supervised supervised(ComplaintSnapshot c) {
        return new Supervised(c.id(), c.version(), ComplaintContribution.of(c));
    }
}
