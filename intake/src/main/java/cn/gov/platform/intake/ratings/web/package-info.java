/** The rating API for applicants and department staff. */
@NullMarked
package cn.gov.platform.intake.ratings.web;

import org.jspecify.annotations.NullMarked;
