/** Cases (办件): from submission to decision, with their numbers, notices, materials and events. */
@NullMarked
package cn.gov.platform.intake.cases;

import org.jspecify.annotations.NullMarked;
