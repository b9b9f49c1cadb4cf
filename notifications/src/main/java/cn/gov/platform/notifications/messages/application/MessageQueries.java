package cn.gov.platform.notifications.messages.application;

import cn.gov.platform.notifications.messages.domain.Message;
import cn.gov.platform.kernel.DomainViolation;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Status per message and per event. Who may see a message: its recipient (with the text), an
 * administrator, a supervisor of the message's division or of one above it (IDN-3: a township's
 * supervisor sees nothing of the county's), and case staff of the message's division or a division
 * above it (all without the text). Anyone else is told it does not exist.
 */
public class MessageQueries {

    /** The caller as the token says. */
    public record Viewer(String subject, Set<String> roles, @Nullable String division) {
    }

    /** A message as one viewer may see it: {@code text} only for its recipient. */
    public record View(Message message, boolean showText) {
    }

    private static final Set<String> SEE_ALL = Set.of("admin");
    private static final String SUPERVISOR = "supervisor";
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
        if (v.division() == null || m.division() == null) {
            return false;
        }
        if (v.roles().contains(SUPERVISOR) && m.division().startsWith(subtree(v.division()))) {
            return true;
        }
        return v.roles().stream().anyMatch(CASE_STAFF::contains) && m.division().startsWith(v.division());
    }

    /**
     * The significant digits of a division code, which every code beneath it starts with: 640324
     * for the county 640324000000, 640324100 for the town 640324100000. A code that is not 12
     * digits is taken as such a prefix already.
     */
    static String subtree(String division) {
        if (!division.matches("\\d{12}")) {
            return division;
        }
        String prefix = division;
        // village (3 digits), township (3), county (2), city (2): drop the levels that are all zeros.
        for (int level : new int[] {3, 3, 2, 2}) {
            String tail = prefix.substring(prefix.length() - level);
            if (!tail.chars().allMatch(c -> c == '0')) {
                break;
            }
            prefix = prefix.substring(0, prefix.length() - level);
        }
        return prefix;
    }

    private static boolean isRecipient(Message m, Viewer v) {
        return m.recipientSubject().equals(v.subject());
    }

    private static DomainViolation notFound() {
        return DomainViolation.notFound("MESSAGE_NOT_FOUND", "没有这条消息。", "There is no such message.");
    }
}
