package cn.gov.platform.notifications.inbound.application;

import cn.gov.platform.notifications.inbound.domain.InboundText;
import cn.gov.platform.notifications.messages.application.MessageStore;
import cn.gov.platform.notifications.messages.application.SmsSenders;
import cn.gov.platform.notifications.messages.domain.Message;
import cn.gov.platform.notifications.messages.domain.Phone;
import cn.gov.platform.notifications.templates.application.TemplateService;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers one inbound SMS. The reply is one queued message keyed by the provider's inbound message id
 * (its event id {@code sms-in:<provider>:<id>}), so a provider retrying its webhook gets one reply. The
 * reply's recipient is the sender's number held aside for the dispatcher ({@link SmsSenders}), never in
 * the message record; the record names a keyed hash of it. The reply templates are seeded urgent: the
 * person is waiting for the answer, so it is not held for quiet hours or behind the per-number limits.
 */
public class InboundSms {

    public static final String STATE_TEMPLATE = "follow-up-state";
    public static final String NOT_FOUND_TEMPLATE = "follow-up-not-found";
    public static final String HELP_TEMPLATE = "follow-up-help";
    public static final String RATED_TEMPLATE = "hotline-rated";
    public static final String NOTHING_TO_RATE_TEMPLATE = "hotline-nothing-to-rate";
    static final String EVENT_TYPE = "SmsInbound";

    public enum Outcome {
        /** A reply was queued. */
        QUEUED,
        /** The provider sent this message before: its reply is queued already. */
        DUPLICATE,
        /** The sender's number is not a mobile number a reply could go to. */
        IGNORED
    }

    private final MessageStore messages;
    private final SmsSenders senders;
    private final CaseFollowUp followUp;
    private final HotlineRatings ratings;
    private final TemplateService templates;
    private final Clock clock;
    private final MeterRegistry meters;

    public InboundSms(MessageStore messages, SmsSenders senders, CaseFollowUp followUp, HotlineRatings ratings,
            TemplateService templates, Clock clock, MeterRegistry meters) {
        this.messages = messages;
        this.senders = senders;
        this.followUp = followUp;
        this.ratings = ratings;
        this.templates = templates;
        this.clock = clock;
        this.meters = meters;
    }

    public Outcome receive(String provider, String inboundId, String from, String text) {
        String phone = from.replaceAll("[\\s-]", "").replaceFirst("^\\+?86", "");
        if (!Phone.isValid(phone)) {
            return count(Outcome.IGNORED, "none");
        }
        String eventId = "sms-in:" + provider + ":" + inboundId;
        String recipient = senders.subjectOf(phone);
        if (messages.find(Message.idOf(eventId, recipient)).isPresent()) {
            return count(Outcome.DUPLICATE, "none");
        }
        InboundText asked = InboundText.parse(text);
        String template;
        Map<String, String> variables;
        String caseRef = null;
        if (asked instanceof InboundText.CaseQuery query) {
            caseRef = query.number();
            Optional<CaseFollowUp.Progress> progress = followUp.forPhone(query.number(), phone);
            template = progress.isPresent() ? STATE_TEMPLATE : NOT_FOUND_TEMPLATE;
            variables = progress.map(InboundSms::stateVariables).orElse(Map.of("caseRef", query.number()));
        } else if (asked instanceof InboundText.Rating rating) {
            Optional<HotlineRatings.Rated> rated = ratings.rate(phone, rating.score());
            template = rated.isPresent() ? RATED_TEMPLATE : NOTHING_TO_RATE_TEMPLATE;
            variables = rated.isPresent() ? Map.of("rating", String.valueOf(rating.score())) : Map.of();
        } else {
            template = HELP_TEMPLATE;
            variables = Map.of();
        }
        TemplateService.Rendered reply = templates.render(template, variables);
        senders.remember(recipient, phone);
        Message m = Message.queued(eventId, EVENT_TYPE, recipient, null, caseRef, null, reply.code(), reply.version(),
                reply.text(), reply.urgent(), null, clock.instant());
        return count(messages.insertIfAbsent(m) ? Outcome.QUEUED : Outcome.DUPLICATE, template);
    }

    private static Map<String, String> stateVariables(CaseFollowUp.Progress p) {
        List<String> dates = new ArrayList<>();
        if (p.submittedOn() != null) {
            dates.add("提交 " + p.submittedOn());
        }
        if (p.acceptedOn() != null) {
            dates.add("受理 " + p.acceptedOn());
        }
        if (p.dueOn() != null) {
            dates.add("承诺办结 " + p.dueOn());
        }
        if (p.decidedOn() != null) {
            dates.add("决定 " + p.decidedOn());
        }
        return Map.of("caseRef", p.number(), "itemName", p.itemName(), "state", p.stateZh(),
                "dates", dates.isEmpty() ? "暂无日期" : String.join("，", dates), "department", p.departmentName());
    }

    private Outcome count(Outcome outcome, String template) {
        meters.counter("notifications.inbound.sms", "outcome", outcome.name(), "template", template).increment();
        return outcome;
    }
}
