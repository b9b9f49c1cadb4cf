/** The follow-up's values and rules: the ID suffix, the number, the lockout, the sealed suffix, what is shown. */
@NullMarked
package cn.gov.platform.intake.followup.domain;

import org.jspecify.annotations.NullMarked;
