package cn.gov.platform.notifications.messages.application;

import cn.gov.platform.notifications.messages.domain.Message;
import cn.gov.platform.kernel.DomainViolation;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Status per message and per event. Who may see a message: its recipient (with the text), an
 * administrator or supervisor (without the text), and case staff of the message's division or
 * a division above it (without the text). Anyone else is told it does not exist.
 */
public class MessageQueries {

    /** The caller as the token says. */
    public record Viewer(String subject, Set<String> roles, @Nullable String division) {
    }

    /** A message as one viewer may see it: {@code text} only for its recipient. */
    public record View(Message message, boolean showText) {
    }

    private static final Set<String> SEE_ALL = Set.of("admin", "supervisor");
    private static final Set<String> CASE_STAFF = Set.of("clerk", "reviewer", "approver");

    private final MessageStore store;

    public MessageQueries(MessageStore store) {
        this.store = store;
    }

    public View message(String id, Viewer viewer) {
        return store.find(id).filter(m -> maySee(m, viewer)).map(m -> new View(m, isRecipient(m, viewer)))
                .orElseThrow(MessageQueries::notFound);
    }

    public List<View> event(String eventId, Viewer viewer) {
        List<View> visible = store.byEvent(eventId).stream().filter(m -> maySee(m, viewer))
                .map(m -> new View(m, isRecipient(m, viewer))).toList();
        if (visible.isEmpty()) {
            throw notFound();
        }
        return visible;
    }

    static boolean maySee(Message m, Viewer v) {
        if (isRecipient(m, v) || v.roles().stream().anyMatch(SEE_ALL::contains)) {
            return true;
        }
        return v.roles().stream().anyMatch(CASE_STAFF::contains) && v.division() != null && m.division() != null
                && m.division().startsWith(v.division());
    }

    private static boolean isRecipient(Message m, Viewer v) {
        return m.recipientSubject().equals(v.subject());
    }

    private static DomainViolation notFound() {
        return DomainViolation.notFound("MESSAGE_NOT_FOUND", "没有这条消息。", "There is no such message.");
    }
}
