/** Double publicity (CRE-4): permit decisions and penalties published within 7 working days. */
@NullMarked
package cn.gov.platform.credit.publicity;

import org.jspecify.annotations.NullMarked;
