/** Turns DomainViolation into RFC 9457 problem+json. */
@NullMarked
package cn.gov.platform.notifications.common.web;

import org.jspecify.annotations.NullMarked;
