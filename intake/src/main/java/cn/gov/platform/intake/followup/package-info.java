/**
 * Following a case without logging in (issue 17, point 4): by its number and the last six characters of
 * the applicant's ID number (the suffix kept only as a keyed hash, tries locked per number), and by SMS
 * for the applicant's phone on record (asked by notifications through an internal endpoint).
 */
@NullMarked
package cn.gov.platform.intake.followup;

import org.jspecify.annotations.NullMarked;
