/** Cases (办件): what an applicant submitted and where it stands. */
@NullMarked
package cn.gov.platform.intake.cases;

import org.jspecify.annotations.NullMarked;
