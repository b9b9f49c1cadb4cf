/**
 * Stream {@code intake.case-events}: the events of cases, joint approval, the calendar's
 * recomputations and supervision (ratings, complaints, deadline warnings).
 */
@NullMarked
package cn.gov.platform.events.intake;

import org.jspecify.annotations.NullMarked;
