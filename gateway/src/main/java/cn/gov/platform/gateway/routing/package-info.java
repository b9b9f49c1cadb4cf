/** Routes to the services, per-user rate limits and circuit-breaker fallbacks. */
@NullMarked
package cn.gov.platform.gateway.routing;

import org.jspecify.annotations.NullMarked;
