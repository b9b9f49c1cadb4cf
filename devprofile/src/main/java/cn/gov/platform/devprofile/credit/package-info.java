/**
 * Credit's stand-ins: list entries for the local realm's demo users ({@code CREDIT_DEMO_DATA=true})
 * and the benchmark's subject aliases ({@code platform.bench.enabled=true}).
 */
@NullMarked
package cn.gov.platform.devprofile.credit;

import org.jspecify.annotations.NullMarked;
