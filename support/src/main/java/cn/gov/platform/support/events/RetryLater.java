package cn.gov.platform.support.events;

/**
 * Thrown by a handler when the event cannot be handled yet for a reason outside it (a service it
 * needs does not answer, data it needs has not been read yet): the entry stays pending and is
 * handled again after the idle time, and never goes to the dead letters for it.
 */
public class RetryLater extends RuntimeException {

    public RetryLater(String reason) {
        super(reason);
    }

    public RetryLater(String reason, Throwable cause) {
        super(reason, cause);
    }
}
