/** Complaints about efficiency (效能投诉, INT-11, INT-6 deadlines). */
@NullMarked
package cn.gov.platform.intake.complaints;

import org.jspecify.annotations.NullMarked;
