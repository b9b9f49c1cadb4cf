/** Petitions (信访, issue 19): application. */
@NullMarked
package cn.gov.platform.intake.petitions.application;

import org.jspecify.annotations.NullMarked;
