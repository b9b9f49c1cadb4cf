/**
 * Intake's benchmark generators (bench/intake-deemed-sweep.sh, bench/intake-supervision.sh): on only
 * with {@code platform.bench.enabled=true}, never in the OpenAPI document.
 */
@NullMarked
package cn.gov.platform.devprofile.intake;

import org.jspecify.annotations.NullMarked;
