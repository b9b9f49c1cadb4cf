package cn.gov.platform.notifications.messages.application;

import cn.gov.platform.notifications.events.domain.Notice;
import cn.gov.platform.notifications.inbox.application.InboxEntry;
import cn.gov.platform.notifications.inbox.application.InboxStore;
import cn.gov.platform.notifications.messages.domain.Message;
import cn.gov.platform.notifications.templates.application.TemplateService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a notice into its queued SMS and its inbox copy. Both are keyed by (eventId,
 * recipient): an event delivered twice, or replayed from the dead letters, finds them already
 * there and adds nothing. Both writes are attempted every time, so a crash between them is
 * repaired by the redelivery.
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

    public Enqueue(MessageStore messages, InboxStore inbox, TemplateService templates, Clock clock, MeterRegistry meters) {
        this.messages = messages;
        this.inbox = inbox;
        this.templates = templates;
        this.clock = clock;
        this.meters = meters;
        this.enqueued = meters.counter("notifications.messages.enqueued");
        this.duplicates = meters.counter("notifications.messages.duplicates");
    }

    public Outcome enqueue(Notice n) {
        return enqueue(n, null);
    }

    private Outcome enqueue(Notice n, @Nullable String fallbackFor) {
        TemplateService.Rendered r = templates.render(n.templateCode(), n.variables());
        Instant now = clock.instant();
        Message m = Message.queued(n.eventId(), n.eventType(), n.recipientSubject(), n.agentSubject(), n.caseRef(),
                n.division(), r.code(), r.version(), r.text(), r.urgent(), fallbackFor, now);
        boolean created = messages.insertIfAbsent(m);
        inbox.add(new InboxEntry(m.id(), n.recipientSubject(), r.code(), n.eventId(), r.text(), false, now));
        if (created) {
            enqueued.increment();
            meters.counter("notifications.messages.queued", "template", r.code()).increment();
            return Outcome.QUEUED;
        }
        duplicates.increment();
        return Outcome.DUPLICATE;
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
        enqueue(new Notice(failed.eventId(), failed.eventType(), failed.agentSubject(), AGENT_FALLBACK_TEMPLATE, variables,
                null, failed.caseRef(), failed.division()), failed.id());
        meters.counter("notifications.messages.agent-fallbacks").increment();
    }
}
