/** Endpoints that exist only for benchmarks, switched on with {@code platform.bench.enabled}. */
@NullMarked
package cn.gov.platform.support.bench;

import org.jspecify.annotations.NullMarked;
