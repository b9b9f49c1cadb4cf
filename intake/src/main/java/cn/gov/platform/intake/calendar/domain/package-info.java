/**
 * What publishing a calendar year does to deadlines already running: the rules by which a date
 * moves (a date told to the applicant never moves earlier; staff dates move either way), the record
 * of each move, and the durable recomputation job.
 */
@NullMarked
package cn.gov.platform.intake.calendar.domain;

import org.jspecify.annotations.NullMarked;
