/** MongoDB adapters for mandates and agents. */
@NullMarked
package cn.gov.platform.identity.mandate.infrastructure;

import org.jspecify.annotations.NullMarked;
