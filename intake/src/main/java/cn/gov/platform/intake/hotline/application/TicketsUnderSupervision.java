package cn.gov.platform.intake.hotline.application;

import cn.gov.platform.intake.hotline.domain.TicketContribution;
import cn.gov.platform.intake.hotline.domain.TicketSnapshot;
import cn.gov.platform.intake.supervision.application.SupervisedSource;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Hotline tickets as supervision watches them: their events carry {@code ticketId}. */
public class TicketsUnderSupervision implements SupervisedSource {

    private static final Set<String> EVENTS = Set.of("HotlineTicketReceived", "HotlineTicketRerouted",
            "HotlineTicketAnswered", "HotlineTicketRated");

    private final TicketStore tickets;

    public TicketsUnderSupervision(TicketStore tickets) {
        this.tickets = tickets;
    }

    @Override
    public String kind() {
        return "hotline";
    }

    @Override
    public Optional<String> about(String type, @Nullable String caseId, Map<String, String> payload) {
        return EVENTS.contains(type) ? Optional.ofNullable(payload.get("ticketId")) : Optional.empty();
    }

    @Override
    public Optional<Supervised> find(String id) {
        return tickets.find(id).map(TicketsUnderSupervision::supervised);
    }

    @Override
    public void each(Consumer<Supervised> action) {
        tickets.each(t -> action.accept(supervised(t)));
    }

    private static Supervised supervised(TicketSnapshot t) {
        return new Supervised(t.id(), t.version(), TicketContribution.of(t));
    }
}
