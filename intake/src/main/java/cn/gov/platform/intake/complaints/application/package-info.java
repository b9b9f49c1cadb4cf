/** Complaint use cases and the store port. */
@NullMarked
package cn.gov.platform.intake.complaints.application;

import org.jspecify.annotations.NullMarked;
