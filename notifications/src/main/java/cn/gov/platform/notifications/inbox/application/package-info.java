/** Inbox use cases and store port. */
@NullMarked
package cn.gov.platform.notifications.inbox.application;

import org.jspecify.annotations.NullMarked;
