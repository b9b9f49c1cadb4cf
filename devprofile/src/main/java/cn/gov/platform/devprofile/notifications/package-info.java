/**
 * Notifications' stand-ins: SMS providers that answer on the configured providers' URLs
 * ({@code SMS_DEV_STUB=true}), with a journal that the burst benchmark reads.
 */
@NullMarked
package cn.gov.platform.devprofile.notifications;

import org.jspecify.annotations.NullMarked;
