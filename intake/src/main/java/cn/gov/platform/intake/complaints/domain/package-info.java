/** The complaint aggregate and its explicit state machine. */
@NullMarked
package cn.gov.platform.intake.complaints.domain;

import org.jspecify.annotations.NullMarked;
