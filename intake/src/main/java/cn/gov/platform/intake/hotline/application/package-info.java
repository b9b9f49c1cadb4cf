/** The 12345 hotline (issue 19, point 2): application. */
@NullMarked
package cn.gov.platform.intake.hotline.application;

import org.jspecify.annotations.NullMarked;
