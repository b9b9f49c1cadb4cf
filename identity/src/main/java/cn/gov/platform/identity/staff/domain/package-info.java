/** Staff positions and the named rules of staff authority across the division tree. */
@NullMarked
package cn.gov.platform.identity.staff.domain;

import org.jspecify.annotations.NullMarked;
