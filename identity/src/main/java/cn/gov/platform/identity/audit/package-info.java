/** Audit trail of every change to persons, enterprises, mandates and staff positions. */
@NullMarked
package cn.gov.platform.identity.audit;

import org.jspecify.annotations.NullMarked;
