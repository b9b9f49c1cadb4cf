/** Answering an inbound SMS, and its port to intake's follow-up. */
@NullMarked
package cn.gov.platform.notifications.inbound.application;

import org.jspecify.annotations.NullMarked;
