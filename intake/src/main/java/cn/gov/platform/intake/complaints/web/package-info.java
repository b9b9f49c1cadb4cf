/** The complaint API for complainants, department staff and supervisors. */
@NullMarked
package cn.gov.platform.intake.complaints.web;

import org.jspecify.annotations.NullMarked;
