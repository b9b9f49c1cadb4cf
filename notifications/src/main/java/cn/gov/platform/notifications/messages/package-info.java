/** The SMS queue: one message per event and recipient, dispatched under rate limits and quiet hours. */
@NullMarked
package cn.gov.platform.notifications.messages;

import org.jspecify.annotations.NullMarked;
