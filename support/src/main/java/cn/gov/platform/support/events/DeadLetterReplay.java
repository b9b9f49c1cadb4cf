package cn.gov.platform.support.events;

import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpStatus;

/**
 * The administrator's view of the dead letters, and their replay through the same handling as a
 * live event once the cause is fixed. Replaying twice is safe: handlers are idempotent.
 */
public final class DeadLetterReplay {

    private final DeadLetters letters;
    private final List<StreamConsumer<?>> consumers;
    private final Clock clock;

    public DeadLetterReplay(DeadLetters letters, List<StreamConsumer<?>> consumers, Clock clock) {
        this.letters = letters;
        this.consumers = List.copyOf(consumers);
        this.clock = clock;
    }

    public List<DeadLetter> list() {
        return letters.newestFirst(100);
    }

    /** Replays it; the handler's failure answers the administrator and leaves the letter as it was. */
    public DeadLetter replay(String id, String by) {
        DeadLetter letter = letters.find(id).orElseThrow(() -> DomainViolation.notFound("DEAD_LETTER_NOT_FOUND",
                "没有这条死信。", "There is no such dead letter."));
        StreamConsumer<?> consumer = consumerOf(letter);
        String outcome;
        try {
            outcome = consumer.replay(letter);
        } catch (StreamConsumer.NotAnEvent e) {
            throw DomainViolation.rule("DEAD_LETTER_NOT_AN_EVENT", "该记录不符合事件约定（缺少 eventId、type 或字段有误），不能重放。",
                    "This entry does not fit its stream's contract (no eventId or type, or a malformed field) and "
                            + "cannot be replayed.", "fields");
        } catch (RetryLater e) {
            throw new PlatformException(HttpStatus.SERVICE_UNAVAILABLE, "DEAD_LETTER_RETRY_LATER",
                    Message.of("暂时无法处理该事件（所依赖的服务未就绪），请稍后再重放。",
                            "The event cannot be handled yet (a service it needs is not ready); replay it later."));
        }
        DeadLetter replayed = letter.replayed(clock.instant(), by, outcome);
        letters.replace(replayed);
        return replayed;
    }

    /** The consumer of the letter's group; a letter kept before groups were recorded belongs to its stream's only group. */
    private StreamConsumer<?> consumerOf(DeadLetter letter) {
        List<StreamConsumer<?>> candidates = consumers.stream()
                .filter(c -> c.subscription().stream().equals(letter.stream()))
                .filter(c -> letter.group() == null || Objects.equals(c.subscription().group(), letter.group()))
                .toList();
        // Several readers of one subscription are one consumer as far as a letter is concerned.
        if (candidates.stream().map(StreamConsumer::subscription).distinct().count() != 1) {
            throw DomainViolation.conflict("DEAD_LETTER_NO_CONSUMER", "本服务实例没有读取该死信所属流和消费组的消费者，不能重放。",
                    "No consumer of this letter's stream and group runs in this instance; it cannot be replayed here.");
        }
        return candidates.getFirst();
    }
}
