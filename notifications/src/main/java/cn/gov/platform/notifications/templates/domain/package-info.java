/** Templates and their rendering, which refuses missing or unknown variables. */
@NullMarked
package cn.gov.platform.notifications.templates.domain;

import org.jspecify.annotations.NullMarked;
