/** MongoDB store of petitions. */
@NullMarked
package cn.gov.platform.credit.petitions.infrastructure;

import org.jspecify.annotations.NullMarked;
