/** MongoDB queue, Redis leases and limits, identity lookup, HTTP SMS providers with failover, the dev stub. */
@NullMarked
package cn.gov.platform.notifications.messages.infrastructure;

import org.jspecify.annotations.NullMarked;
