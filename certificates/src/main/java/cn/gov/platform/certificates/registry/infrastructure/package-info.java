/** MongoDB store (with the outboxes the event library relays to certificates.events) and the Redis number sequence. */
@NullMarked
package cn.gov.platform.certificates.registry.infrastructure;

import org.jspecify.annotations.NullMarked;
