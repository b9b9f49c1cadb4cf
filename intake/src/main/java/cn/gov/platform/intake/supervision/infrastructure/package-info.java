/** The read model in MongoDB, the consumer of intake.case-events that keeps it current, the relay of supervision's own events, the daily warning job. */
@NullMarked
package cn.gov.platform.intake.supervision.infrastructure;

import org.jspecify.annotations.NullMarked;
