package cn.gov.platform.notifications.messages.application;

import cn.gov.platform.notifications.inbox.application.InboxEntry;
import cn.gov.platform.notifications.inbox.application.InboxStore;
import cn.gov.platform.notifications.messages.domain.Message;
import cn.gov.platform.notifications.messages.domain.Notice;
import cn.gov.platform.notifications.templates.application.TemplateService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns notices into queued SMS and their inbox copies. Both are keyed by (eventId,
 * recipient): an event delivered twice, or replayed from the dead letters, finds them already
 * there and adds nothing. Both writes are attempted every time, so a crash between them is
 * repaired by the redelivery. Rendering ({@link #prepare}) and storing ({@link #storeAll}) are
 * separate so that a consumer can render a whole batch, set aside the events that cannot be
 * rendered, and store the rest in one round trip per collection; each write is timed
 * ({@code notifications.store.writes}).
 */
public class Enqueue {

    public static final String AGENT_FALLBACK_TEMPLATE = "principal-unreachable";

    public enum Outcome {
        QUEUED, DUPLICATE
    }

    private final MessageStore messages;
    private final InboxStore inbox;
    private final TemplateService templates;
    private final Clock clock;
    private final Counter enqueued;
    private final Counter duplicates;
    private final MeterRegistry meters;
    private final Timer messageWrites;
    private final Timer inboxWrites;

    public Enqueue(MessageStore messages, InboxStore inbox, TemplateService templates, Clock clock, MeterRegistry meters) {
        this.messages = messages;
        this.inbox = inbox;
        this.templates = templates;
        this.clock = clock;
        this.meters = meters;
        this.enqueued = meters.counter("notifications.messages.enqueued");
        this.duplicates = meters.counter("notifications.messages.duplicates");
        this.messageWrites = Timer.builder("notifications.store.writes").tag("collection", "messages").register(meters);
        this.inboxWrites = Timer.builder("notifications.store.writes").tag("collection", "inbox").register(meters);
    }

    public Outcome enqueue(Notice n) {
        return storeAll(List.of(prepare(n))).isEmpty() ? Outcome.DUPLICATE : Outcome.QUEUED;
    }

    /** Renders the approved template; throws if there is none or the variables do not fit. */
    public Message prepare(Notice n) {
        return prepare(n, null);
    }

    private Message prepare(Notice n, @Nullable String fallbackFor) {
        TemplateService.Rendered r = templates.render(n.templateCode(), n.variables());
        return Message.queued(n.eventId(), n.eventType(), n.recipientSubject(), n.agentSubject(), n.caseRef(),
                n.division(), r.code(), r.version(), r.text(), r.urgent(), fallbackFor, clock.instant());
    }

    /** Stores the messages and their inbox copies; returns the ids that were new. */
    public Set<String> storeAll(List<Message> batch) {
        Set<String> created = messageWrites.record(() -> messages.insertAllIfAbsent(batch));
        inboxWrites.record(() -> inbox.addAll(batch.stream().map(m -> new InboxEntry(m.id(), m.recipientSubject(),
                m.templateCode(), m.eventId(), m.text() == null ? "" : m.text(), false, m.createdAt())).toList()));
        enqueued.increment(created.size());
        duplicates.increment(batch.size() - created.size());
        for (Message m : batch) {
            if (created.contains(m.id())) {
                meters.counter("notifications.messages.queued", "template", m.templateCode()).increment();
            }
        }
        return created;
    }

    /**
     * The principal of an agent-filed case could not be reached by SMS (no number, invalid number,
     * refused, never delivered): the agent who filed is told, once per event.
     */
    public void tellAgent(Message failed) {
        if (!failed.needsAgentFallback() || failed.agentSubject() == null) {
            return;
        }
        Map<String, String> variables = new HashMap<>();
        variables.put("caseRef", failed.caseRef() == null ? failed.eventId() : failed.caseRef());
        storeAll(List.of(prepare(new Notice(failed.eventId(), failed.eventType(), failed.agentSubject(),
                AGENT_FALLBACK_TEMPLATE, variables, null, failed.caseRef(), failed.division()), failed.id())));
        meters.counter("notifications.messages.agent-fallbacks").increment();
    }
}
