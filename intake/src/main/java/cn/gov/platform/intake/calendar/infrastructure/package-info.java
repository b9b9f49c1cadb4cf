/** Loads one data file per calendar year from the classpath. */
@NullMarked
package cn.gov.platform.intake.calendar.infrastructure;

import org.jspecify.annotations.NullMarked;
