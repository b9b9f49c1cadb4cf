/** MongoDB adapter for staff positions. */
@NullMarked
package cn.gov.platform.identity.staff.infrastructure;

import org.jspecify.annotations.NullMarked;
