/** MongoDB adapter for the audit trail. */
@NullMarked
package cn.gov.platform.identity.audit.infrastructure;

import org.jspecify.annotations.NullMarked;
