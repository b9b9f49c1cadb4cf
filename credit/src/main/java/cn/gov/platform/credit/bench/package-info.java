/** Benchmark helpers, present only with {@code platform.bench.enabled=true}. */
@NullMarked
package cn.gov.platform.credit.bench;

import org.jspecify.annotations.NullMarked;
