/** MongoDB storage of item versions, the fee catalogue and the seed catalogue for Tongxin County. */
@NullMarked
package cn.gov.platform.intake.catalogue.infrastructure;

import org.jspecify.annotations.NullMarked;
