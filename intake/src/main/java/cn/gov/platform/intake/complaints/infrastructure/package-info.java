/** Complaints in MongoDB. */
@NullMarked
package cn.gov.platform.intake.complaints.infrastructure;

import org.jspecify.annotations.NullMarked;
