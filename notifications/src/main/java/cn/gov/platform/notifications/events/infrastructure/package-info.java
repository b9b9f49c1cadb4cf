/** The group {@code notifications} on the platform's streams, run by support's event library. */
@NullMarked
package cn.gov.platform.notifications.events.infrastructure;

import org.jspecify.annotations.NullMarked;
