/** Petitions (信访, issue 19): infrastructure. */
@NullMarked
package cn.gov.platform.intake.petitions.infrastructure;

import org.jspecify.annotations.NullMarked;
