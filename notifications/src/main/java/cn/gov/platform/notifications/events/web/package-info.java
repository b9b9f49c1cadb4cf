/** Dead-letter administration API (admin only). */
@NullMarked
package cn.gov.platform.notifications.events.web;

import org.jspecify.annotations.NullMarked;
