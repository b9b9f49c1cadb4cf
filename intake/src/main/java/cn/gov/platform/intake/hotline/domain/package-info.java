/** The 12345 hotline (issue 19, point 2): domain. */
@NullMarked
package cn.gov.platform.intake.hotline.domain;

import org.jspecify.annotations.NullMarked;
