/** The message and its state machine, rate rules, quiet hours, retry classification. */
@NullMarked
package cn.gov.platform.notifications.messages.domain;

import org.jspecify.annotations.NullMarked;
