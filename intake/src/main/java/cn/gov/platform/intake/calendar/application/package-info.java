/** Publishing calendar years, reading them, and recomputing the open deadlines a publication touches; the ports they use. */
@NullMarked
package cn.gov.platform.intake.calendar.application;

import org.jspecify.annotations.NullMarked;
