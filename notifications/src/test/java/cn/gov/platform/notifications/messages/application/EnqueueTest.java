package cn.gov.platform.notifications.messages.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.notifications.inbox.application.InboxEntry;
import cn.gov.platform.notifications.inbox.application.InboxStore;
import cn.gov.platform.notifications.messages.domain.Message;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Storing a batch writes the messages and their inbox copies; either failing fails the batch. */
class EnqueueTest {

    private static final Instant AT = Instant.parse("2027-03-01T02:00:00Z");

    private final List<String> stored = new CopyOnWriteArrayList<>();
    private final List<String> copied = new CopyOnWriteArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private static Message message(String event) {
        return Message.queued(event, "CaseAccepted", "subject-1", null, "640324-2027-0000001", "640324000000",
                "case-accepted", 1, "您的办件已受理", false, null, AT);
    }

    /** A store that answers only the one call storing needs. */
    @SuppressWarnings("unchecked")
    private static <T> T only(Class<T> type, String method, Function<Object[], Object> answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
            if (m.getName().equals(method)) {
                return answer.apply(args);
            }
            throw new UnsupportedOperationException(m.getName());
        });
    }

    @SuppressWarnings("unchecked")
    private MessageStore messages(RuntimeException failure) {
        return only(MessageStore.class, "insertAllIfAbsent", args -> {
            if (failure != null) {
                throw failure;
            }
            Set<String> ids = new LinkedHashSet<>();
            for (Message m : (List<Message>) args[0]) {
                if (!stored.contains(m.id())) {
                    stored.add(m.id());
                    ids.add(m.id());
                }
            }
            return ids;
        });
    }

    @SuppressWarnings("unchecked")
    private InboxStore inbox(RuntimeException failure) {
        return only(InboxStore.class, "addAll", args -> {
            if (failure != null) {
                throw failure;
            }
            ((List<InboxEntry>) args[0]).forEach(e -> copied.add(e.id()));
            return null;
        });
    }

    private Enqueue enqueue(MessageStore messages, InboxStore inbox) {
        return new Enqueue(messages, inbox, null, Clock.fixed(AT, ZoneOffset.UTC), meters);
    }

    @Test
    void aBatchIsStoredWithItsInboxCopiesAndARepeatAddsNoMessage() {
        Enqueue enqueue = enqueue(messages(null), inbox(null));
        List<Message> batch = List.of(message("e-1"), message("e-2"));

        assertThat(enqueue.storeAll(batch)).containsExactly(batch.get(0).id(), batch.get(1).id());
        assertThat(copied).containsExactlyInAnyOrder(batch.get(0).id(), batch.get(1).id());
        assertThat(enqueue.storeAll(batch)).as("a redelivered batch").isEmpty();
        assertThat(meters.get("notifications.store.writes").tag("collection", "inbox").timer().count()).isEqualTo(2);
        assertThat(meters.get("notifications.store.writes").tag("collection", "messages").timer().count()).isEqualTo(2);
    }

    @Test
    void copiesThatCannotBeWrittenFailTheBatchSoThatItIsDeliveredAgain() {
        IllegalStateException down = new IllegalStateException("inbox write refused");
        Enqueue enqueue = enqueue(messages(null), inbox(down));

        assertThatThrownBy(() -> enqueue.storeAll(List.of(message("e-3")))).isSameAs(down);
        assertThat(stored).as("the message was written; the redelivery finds it and writes the copy").hasSize(1);
    }
}
