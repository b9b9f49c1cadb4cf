/** Audit entries and the trail port. */
@NullMarked
package cn.gov.platform.identity.audit.domain;

import org.jspecify.annotations.NullMarked;
