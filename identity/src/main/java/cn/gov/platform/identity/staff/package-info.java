/** Staff positions: roles per department and division, and the authority check (IDN-3). */
@NullMarked
package cn.gov.platform.identity.staff;

import org.jspecify.annotations.NullMarked;
