/** The MongoDB template catalogue and its seed. */
@NullMarked
package cn.gov.platform.notifications.templates.infrastructure;

import org.jspecify.annotations.NullMarked;
