/** Redis stream consumers (XREADGROUP, XAUTOCLAIM) and the dead-letter store. */
@NullMarked
package cn.gov.platform.notifications.events.infrastructure;

import org.jspecify.annotations.NullMarked;
