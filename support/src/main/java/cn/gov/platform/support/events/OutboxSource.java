package cn.gov.platform.support.events;

/**
 * A service's outbox, relayed to one stream by one relay at a time across its instances: the
 * documents it covers (through {@link OutboxStore}), the stream, and the hints its writes leave.
 * A service declares one as a bean; the library runs its relay.
 *
 * @param stream the stream its events go to (the contract's name, e.g. {@code intake.case-events})
 */
public record OutboxSource(String stream, OutboxStore store, OutboxHints hints) {

    /** The source's name, which names its lock and hints in Redis. */
    public String name() {
        return hints.source();
    }
}
