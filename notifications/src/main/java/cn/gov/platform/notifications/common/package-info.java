/** What every feature of the service shares: the domain's own failure type and its problem answer. */
@NullMarked
package cn.gov.platform.notifications.common;

import org.jspecify.annotations.NullMarked;
