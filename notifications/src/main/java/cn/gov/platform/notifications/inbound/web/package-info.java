/** The providers' signed inbound webhook. */
@NullMarked
package cn.gov.platform.notifications.inbound.web;

import org.jspecify.annotations.NullMarked;
