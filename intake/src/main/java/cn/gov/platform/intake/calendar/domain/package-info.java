/** Calendar years, working-day arithmetic and the deadline clock that pauses while an applicant supplements. */
@NullMarked
package cn.gov.platform.intake.calendar.domain;

import org.jspecify.annotations.NullMarked;
