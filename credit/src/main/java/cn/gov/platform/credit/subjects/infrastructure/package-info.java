/** Identity client (Feign + Resilience4j) and the Redis cache of subject to credit key. */
@NullMarked
package cn.gov.platform.credit.subjects.infrastructure;

import org.jspecify.annotations.NullMarked;
