/**
 * The platform's one event plumbing: the transactional-outbox relay (outbox in the aggregate's own
 * document, one relay per source at a time, a hint wakes it, a sweep catches what a lost hint left,
 * at least once, in order per aggregate) and the consumer group (XREADGROUP, acknowledged after
 * handling, XAUTOCLAIM of idle entries, dead letters with an admin replay, duplicates dropped by
 * {@code eventId}, unknown types counted), with their metrics and one typed configuration.
 */
@NullMarked
package cn.gov.platform.support.events;

import org.jspecify.annotations.NullMarked;
