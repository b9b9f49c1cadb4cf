/** The one door: routes, token validation, rate limits, circuit breakers, request ids. */
@NullMarked
package cn.gov.platform.gateway;

import org.jspecify.annotations.NullMarked;
