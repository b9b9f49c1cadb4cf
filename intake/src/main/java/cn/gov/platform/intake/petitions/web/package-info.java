/** Petitions (信访, issue 19): web. */
@NullMarked
package cn.gov.platform.intake.petitions.web;

import org.jspecify.annotations.NullMarked;
