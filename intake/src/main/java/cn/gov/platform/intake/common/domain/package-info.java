/** Domain failures that carry a stable code, a bilingual message and the field at fault, free of any framework. */
@NullMarked
package cn.gov.platform.intake.common.domain;

import org.jspecify.annotations.NullMarked;
