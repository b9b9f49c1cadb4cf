/** MongoDB store, Redis number sequence and the outbox relay to Redis streams. */
@NullMarked
package cn.gov.platform.certificates.registry.infrastructure;

import org.jspecify.annotations.NullMarked;
