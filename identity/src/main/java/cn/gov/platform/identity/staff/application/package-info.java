/** Use cases on staff positions and the cached authority check. */
@NullMarked
package cn.gov.platform.identity.staff.application;

import org.jspecify.annotations.NullMarked;
