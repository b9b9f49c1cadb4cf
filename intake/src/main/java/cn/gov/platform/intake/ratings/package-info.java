/** Satisfaction ratings (好差评, INT-11) of finished cases and the follow-ups a poor rating opens. */
@NullMarked
package cn.gov.platform.intake.ratings;

import org.jspecify.annotations.NullMarked;
