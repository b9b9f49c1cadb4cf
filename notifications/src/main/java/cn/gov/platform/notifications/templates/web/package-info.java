/** Template administration API (admin only). */
@NullMarked
package cn.gov.platform.notifications.templates.web;

import org.jspecify.annotations.NullMarked;
