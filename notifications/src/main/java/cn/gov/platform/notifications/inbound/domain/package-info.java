/** What an inbound text asks for. */
@NullMarked
package cn.gov.platform.notifications.inbound.domain;

import org.jspecify.annotations.NullMarked;
