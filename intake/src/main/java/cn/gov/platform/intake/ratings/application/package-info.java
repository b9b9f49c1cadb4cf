/** Rating use cases and the store port. */
@NullMarked
package cn.gov.platform.intake.ratings.application;

import org.jspecify.annotations.NullMarked;
