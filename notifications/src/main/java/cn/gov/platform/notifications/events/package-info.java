/** Events in: the platform's Redis streams read with consumer groups, routed to notices. */
@NullMarked
package cn.gov.platform.notifications.events;

import org.jspecify.annotations.NullMarked;
