/** Message status API and the providers' delivery-receipt callback. */
@NullMarked
package cn.gov.platform.notifications.messages.web;

import org.jspecify.annotations.NullMarked;
