/** Demo data for the local realm's demo users, seeded idempotently. */
@NullMarked
package cn.gov.platform.identity.demo;

import org.jspecify.annotations.NullMarked;
