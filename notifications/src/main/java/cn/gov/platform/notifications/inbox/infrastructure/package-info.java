/** The MongoDB inbox. */
@NullMarked
package cn.gov.platform.notifications.inbox.infrastructure;

import org.jspecify.annotations.NullMarked;
