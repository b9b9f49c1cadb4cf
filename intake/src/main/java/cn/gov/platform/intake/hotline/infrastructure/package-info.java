/** The 12345 hotline (issue 19, point 2): infrastructure. */
@NullMarked
package cn.gov.platform.intake.hotline.infrastructure;

import org.jspecify.annotations.NullMarked;
