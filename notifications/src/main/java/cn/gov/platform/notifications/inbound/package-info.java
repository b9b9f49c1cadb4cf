/**
 * Messages people send to the platform's SMS number (issue 17, point 4): "CX &lt;case number&gt;" is
 * answered with the case's state when the sender's phone is the applicant's phone on record, anything
 * else with a short help text; each reply goes through the approved templates and the outbound queue.
 */
@NullMarked
package cn.gov.platform.notifications.inbound;

import org.jspecify.annotations.NullMarked;
