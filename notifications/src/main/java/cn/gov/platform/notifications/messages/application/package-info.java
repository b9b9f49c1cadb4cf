/** Enqueue, dispatch, receipts, status queries and the ports they need. */
@NullMarked
package cn.gov.platform.notifications.messages.application;

import org.jspecify.annotations.NullMarked;
