/** Loads the division tree from the data file shipped with the service. */
@NullMarked
package cn.gov.platform.identity.division.infrastructure;

import org.jspecify.annotations.NullMarked;
