/** Typed configuration of the whole service and the beans shared by its features (clock, service token). */
@NullMarked
package cn.gov.platform.notifications.config;

import org.jspecify.annotations.NullMarked;
