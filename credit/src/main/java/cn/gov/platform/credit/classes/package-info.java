/** Enterprise credit classes A-D for supervision (CRE-5). */
@NullMarked
package cn.gov.platform.credit.classes;

import org.jspecify.annotations.NullMarked;
