/** The in-app inbox: every message a person was sent, read or unread. */
@NullMarked
package cn.gov.platform.notifications.inbox;

import org.jspecify.annotations.NullMarked;
