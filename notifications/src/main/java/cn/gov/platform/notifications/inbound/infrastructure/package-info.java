/** The intake client behind its breaker, and the wiring. */
@NullMarked
package cn.gov.platform.notifications.inbound.infrastructure;

import org.jspecify.annotations.NullMarked;
