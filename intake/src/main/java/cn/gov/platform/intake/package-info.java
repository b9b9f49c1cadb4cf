/** Intake service: the service catalogue, the working-day calendar, cases and their supervision. */
@NullMarked
package cn.gov.platform.intake;

import org.jspecify.annotations.NullMarked;
