/** Electronic supervision (电子监察, SUP-1, SUP-2): lights on every open case, task, follow-up and complaint, and figures per department, level and month. */
@NullMarked
package cn.gov.platform.intake.supervision;

import org.jspecify.annotations.NullMarked;
