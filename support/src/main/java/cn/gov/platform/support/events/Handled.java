package cn.gov.platform.support.events;

import java.util.function.Supplier;

/** What handling one event gave. */
public sealed interface Handled {

    /** Handled; {@code outcome} is a short word for metrics and a replay's answer (e.g. {@code QUEUED}, {@code IGNORED}). */
    record Done(String outcome) implements Handled {
    }

    /** Not handled: delivered again later, and dead-lettered once it failed on too many deliveries. */
    record Failed(RuntimeException cause) implements Handled {
    }

    /** Not yet ({@link RetryLater}): delivered again later, never dead-lettered for it. */
    record Deferred(String reason) implements Handled {
    }

    /** Runs {@code handling} and says how it went. */
    static Handled by(Supplier<String> handling) {
        try {
            return new Done(handling.get());
        } catch (RetryLater later) {
            return new Deferred(String.valueOf(later.getMessage()));
        } catch (RuntimeException failure) {
            return new Failed(failure);
        }
    }
}
