/** Public list of approved permits (审批结果网上公示, INT-12), names of persons masked. */
@NullMarked
package cn.gov.platform.intake.publicity;

import org.jspecify.annotations.NullMarked;
