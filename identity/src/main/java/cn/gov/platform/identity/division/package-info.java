/** Administrative divisions: the tree of 12-digit statistical codes that every person, point and position hangs on. */
@NullMarked
package cn.gov.platform.identity.division;

import org.jspecify.annotations.NullMarked;
