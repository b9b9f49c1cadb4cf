/**
 * Rate limits: token buckets per caller kept in each gateway's memory and settled with Redis in
 * batches, so that no request waits for Redis and the limits survive its absence.
 */
@NullMarked
package cn.gov.platform.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
