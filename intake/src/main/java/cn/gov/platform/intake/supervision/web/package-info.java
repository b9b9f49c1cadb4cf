/** The supervisor's API. */
@NullMarked
package cn.gov.platform.intake.supervision.web;

import org.jspecify.annotations.NullMarked;
