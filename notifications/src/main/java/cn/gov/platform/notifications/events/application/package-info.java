/** Handling one event: route it and enqueue its messages. */
@NullMarked
package cn.gov.platform.notifications.events.application;

import org.jspecify.annotations.NullMarked;
