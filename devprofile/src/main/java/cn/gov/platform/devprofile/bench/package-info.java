/**
 * Endpoints that exist only for benchmarks: on only with {@code platform.bench.enabled=true}
 * ({@code BENCH_ENDPOINTS=true}, set by the benchmark scripts), never in the OpenAPI documents.
 */
@NullMarked
package cn.gov.platform.devprofile.bench;

import org.jspecify.annotations.NullMarked;
