/** Notifications service: an SMS and an inbox message at every step of a case. */
@NullMarked
package cn.gov.platform.notifications;

import org.jspecify.annotations.NullMarked;
