/** The rating aggregate and its follow-up (回访整改). */
@NullMarked
package cn.gov.platform.intake.ratings.domain;

import org.jspecify.annotations.NullMarked;
