/** Intake's published years over OpenFeign, the Redis lease of the recomputation, its triggers. */
@NullMarked
package cn.gov.platform.credit.calendar.infrastructure;

import org.jspecify.annotations.NullMarked;
