package cn.gov.platform.intake.petitions.application;

import cn.gov.platform.intake.petitions.domain.PetitionContribution;
import cn.gov.platform.intake.petitions.domain.PetitionSnapshot;
import cn.gov.platform.intake.supervision.application.SupervisedSource;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Petitions as supervision watches them: their events carry {@code petitionId}. */
public class PetitionsUnderSupervision implements SupervisedSource {

    private static final Set<String> EVENTS = Set.of("PetitionReceived", "PetitionAccepted", "PetitionNotAccepted",
            "PetitionExtended", "PetitionAnswered");

    private final PetitionStore petitions;

    public PetitionsUnderSupervision(PetitionStore petitions) {
        this.petitions = petitions;
    }

    @Override
    public String kind() {
        return "petition";
    }

    @Override
    public Optional<String> about(String type, @Nullable String caseId, Map<String, String> payload) {
        return EVENTS.contains(type) ? Optional.ofNullable(payload.get("petitionId")) : Optional.empty();
    }

    @Override
    public Optional<Supervised> find(String id) {
        return petitions.find(id).map(PetitionsUnderSupervision::supervised);
    }

    @Override
    public void each(Consumer<Supervised> action) {
        petitions.each(p -> action.accept(supervised(p)));
    }

    private static Supervised supervised(PetitionSnapshot p) {
        return new Supervised(p.id(), p.version(), PetitionContribution.of(p));
    }
}
