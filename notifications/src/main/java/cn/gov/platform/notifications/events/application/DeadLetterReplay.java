package cn.gov.platform.notifications.events.application;

import cn.gov.platform.notifications.events.domain.InboundEvent;
import cn.gov.platform.kernel.DomainViolation;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Replays a dead letter through the same handling as a live event. Safe to repeat: messages
 * are keyed by (eventId, recipient), so a replay never sends twice what was already queued.
 */
public class DeadLetterReplay {

    private final DeadLetters letters;
    private final EventIntake intake;
    private final Function<String, Map<String, String>> payloadParser;
    private final Clock clock;

    public DeadLetterReplay(DeadLetters letters, EventIntake intake, Function<String, Map<String, String>> payloadParser,
            Clock clock) {
        this.letters = letters;
        this.intake = intake;
        this.payloadParser = payloadParser;
        this.clock = clock;
    }

    public List<DeadLetter> list() {
        return letters.newestFirst(100);
    }

    public DeadLetter replay(String id, String by) {
        DeadLetter letter = letters.find(id).orElseThrow(() -> DomainViolation.notFound("DEAD_LETTER_NOT_FOUND",
                "没有这条死信。", "There is no such dead letter."));
        if (letter.eventId() == null || letter.type() == null) {
            throw DomainViolation.rule("DEAD_LETTER_NOT_AN_EVENT", "该记录缺少 eventId 或 type，不能重放。",
                    "This entry has no eventId or type and cannot be replayed.", "fields");
        }
        InboundEvent event = new InboundEvent(letter.stream(), letter.eventId(), letter.type(), letter.fields());
        // A failure here (template still missing, store down) answers the admin and leaves the letter as it was.
        EventIntake.Outcome outcome = intake.handle(event, payloadParser.apply(letter.fields().getOrDefault("payload", "")));
        DeadLetter replayed = new DeadLetter(letter.id(), letter.stream(), letter.entryId(), letter.eventId(),
                letter.type(), letter.fields(), letter.deliveries(), letter.lastError(), letter.deadAt(), clock.instant(),
                by, outcome.name());
        letters.replace(replayed);
        return replayed;
    }
}
