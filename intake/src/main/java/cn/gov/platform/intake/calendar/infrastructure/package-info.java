/**
 * Published calendar years and recomputation jobs in MongoDB, the seed of the official years shipped
 * with the service, the announcement to every instance through Redis, the lease and the sweep.
 */
@NullMarked
package cn.gov.platform.intake.calendar.infrastructure;

import org.jspecify.annotations.NullMarked;
