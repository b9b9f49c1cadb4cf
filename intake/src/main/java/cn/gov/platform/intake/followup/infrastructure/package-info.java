/** The follow-up's store, Redis counter, identity client, consumer group and wiring. */
@NullMarked
package cn.gov.platform.intake.followup.infrastructure;

import org.jspecify.annotations.NullMarked;
