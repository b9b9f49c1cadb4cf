/** The versioned catalogue of joint incentive and restriction measures (CRE-2). */
@NullMarked
package cn.gov.platform.credit.measures;

import org.jspecify.annotations.NullMarked;
