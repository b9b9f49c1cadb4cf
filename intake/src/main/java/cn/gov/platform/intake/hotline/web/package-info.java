/** The 12345 hotline (issue 19, point 2): web. */
@NullMarked
package cn.gov.platform.intake.hotline.web;

import org.jspecify.annotations.NullMarked;
