package cn.gov.platform.events;

/**
 * What one stream entry decodes to. An unknown type is not an error (a newer producer may add
 * types before every consumer knows them): consumers acknowledge and count it. A malformed entry
 * (no event id or type, a value that does not parse) cannot be handled by anyone until a person
 * looks at it.
 */
public sealed interface Decoded<E extends PlatformEvent> {

    record Known<E extends PlatformEvent>(E event) implements Decoded<E> {
    }

    record UnknownType<E extends PlatformEvent>(String eventId, String type) implements Decoded<E> {
    }

    record Malformed<E extends PlatformEvent>(String reason) implements Decoded<E> {
    }
}
