package cn.gov.platform.notifications.inbox.application;

import cn.gov.platform.kernel.DomainViolation;
import java.util.List;

/** The caller's own inbox: list, unread count, mark read. */
public class InboxService {

    /** The portal shows the latest page; older messages stay until the retention purge. */
    public static final int PAGE = 50;

    private final InboxStore store;

    public InboxService(InboxStore store) {
        this.store = store;
    }

    public record Page(List<InboxEntry> messages, long unread) {
    }

    public Page page(String caller, boolean unreadOnly) {
        return new Page(store.newestFirst(caller, PAGE, unreadOnly), store.unread(caller));
    }

    public long unread(String caller) {
        return store.unread(caller);
    }

    /** Idempotent; someone else's message is answered exactly like one that does not exist. */
    public void markRead(String caller, String id) {
        if (!store.markRead(caller, id)) {
            throw DomainViolation.notFound("INBOX_MESSAGE_NOT_FOUND", "没有这条消息。", "There is no such message.");
        }
    }
}
