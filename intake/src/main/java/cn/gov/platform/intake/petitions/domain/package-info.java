/** Petitions (信访, issue 19): domain. */
@NullMarked
package cn.gov.platform.intake.petitions.domain;

import org.jspecify.annotations.NullMarked;
