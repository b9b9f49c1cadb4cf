/**
 * The national identifiers every service meets (IDN-2, "Levels and divisions"): the resident
 * identity number, the unified social credit code and the statistical division code, each a
 * value that cannot be constructed invalid and that refuses bad input with a
 * {@link cn.gov.platform.kernel.DomainViolation} naming the field.
 */
@NullMarked
package cn.gov.platform.kernel.identifiers;

import org.jspecify.annotations.NullMarked;
