/** The case API for applicants, agents and staff. */
@NullMarked
package cn.gov.platform.intake.cases.web;

import org.jspecify.annotations.NullMarked;
