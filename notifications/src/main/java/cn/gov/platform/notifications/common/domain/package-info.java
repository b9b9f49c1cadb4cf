/** DomainViolation: a rule a request broke, said without naming HTTP. */
@NullMarked
package cn.gov.platform.notifications.common.domain;

import org.jspecify.annotations.NullMarked;
