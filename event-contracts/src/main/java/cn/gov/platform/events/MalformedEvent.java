package cn.gov.platform.events;

/** An entry that does not fit its stream's contract: a required field missing or a value that does not parse. */
public final class MalformedEvent extends RuntimeException {

    public MalformedEvent(String message) {
        super(message, null, false, false);
    }
}
