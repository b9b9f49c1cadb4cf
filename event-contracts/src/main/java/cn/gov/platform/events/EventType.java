package cn.gov.platform.events;

/**
 * One event type of a stream and the version of its payload. The stream carries no version (its
 * content does not change with this library): version 1 is each type as first written, and a new
 * version may only add optional fields, so that an older consumer still reads a newer producer and
 * the other way round. Renaming or removing a field a consumer reads is a new type name.
 */
public record EventType(String name, int version) {
}
