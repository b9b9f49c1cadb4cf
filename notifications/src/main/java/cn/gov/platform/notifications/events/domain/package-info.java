/** Inbound events and the routing from event type to template and recipient. */
@NullMarked
package cn.gov.platform.notifications.events.domain;

import org.jspecify.annotations.NullMarked;
